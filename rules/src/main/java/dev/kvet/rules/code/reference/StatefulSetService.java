package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.NamedReference;
import dev.kvet.rules.code.support.ServiceFacts;
import java.util.List;

/**
 * A StatefulSet's serviceName must name a headless Service of its namespace: that Service gives each pod its stable
 * DNS name (pod-0.service); a Service with a cluster IP does not.
 */
public final class StatefulSetService implements CodeRule {

    private static final JsonPointer SERVICE_NAME = JsonPointer.of("spec", "serviceName");
    /** The Service a StatefulSet's serviceName names. */
    private static final Indexer<NamedReference> GOVERNING = set ->
            "StatefulSet".equals(set.kind()) && set.node(SERVICE_NAME) instanceof YamlScalar scalar
                    && scalar.stringValue() != null && !scalar.text().isEmpty()
                    ? new NamedReference("Service", scalar.text(), set.valuePlace(SERVICE_NAME)) : null;

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(GOVERNING, ServiceFacts.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("StatefulSet").forEach(set -> {
            NamedReference service = set.fact(GOVERNING);
            if (service == null || findings.assumedPresent("Service", service.name())) {
                return;
            }
            String name = service.name();
            NamedObjects.inNamespaceOf(manifests, set, "Service", name).ifPresentOrElse(found -> {
                if (!found.fact(ServiceFacts.INDEXER).headless()) {
                    findings.at(set, service.at(), "Service \"" + name + "\" named by serviceName is not "
                            + "headless, so the StatefulSet's pods get no stable DNS names",
                            "set clusterIP: None in Service \"" + name + "\", or point serviceName at a headless one");
                }
            }, () -> findings.at(set, service.at(), "the StatefulSet's governing "
                    + NamedObjects.notInFiles("Service", name), NamedObjects.mayBeInCluster("Service", name)
                    + " (it must be headless: clusterIP: None)"));
        });
    }
}
