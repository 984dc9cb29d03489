package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;

/**
 * A StatefulSet's serviceName must name a headless Service of its namespace: that Service gives each pod its stable
 * DNS name (pod-0.service); a Service with a cluster IP does not.
 */
public final class StatefulSetService implements CodeRule {

    private static final JsonPointer SERVICE_NAME = JsonPointer.of("spec", "serviceName");
    private static final JsonPointer CLUSTER_IP = JsonPointer.of("spec", "clusterIP");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("StatefulSet").forEach(set -> {
            if (!(set.node(SERVICE_NAME) instanceof YamlScalar scalar) || scalar.stringValue() == null
                    || scalar.text().isEmpty()) {
                return;
            }
            String name = scalar.text();
            if (findings.assumedPresent("Service", name)) {
                return;
            }
            NamedObjects.inNamespaceOf(manifests, set, "Service", name).ifPresentOrElse(service -> {
                if (!(service.node(CLUSTER_IP) instanceof YamlScalar clusterIp) || !"None".equals(clusterIp.text())) {
                    findings.atValue(set, SERVICE_NAME, "Service \"" + name + "\" named by serviceName is not "
                            + "headless, so the StatefulSet's pods get no stable DNS names",
                            "set clusterIP: None in Service \"" + name + "\", or point serviceName at a headless one");
                }
            }, () -> findings.atValue(set, SERVICE_NAME, "the StatefulSet's governing "
                    + NamedObjects.notInFiles("Service", name), NamedObjects.mayBeInCluster("Service", name)
                    + " (it must be headless: clusterIP: None)"));
        });
    }
}
