package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import java.util.List;

/** An Ingress backend must name a Service of its namespace. */
public final class IngressService implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(IngressBackend.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Ingress").forEach(ingress -> {
            for (IngressBackend backend : ingress.fact(IngressBackend.INDEXER)) {
                if (!findings.assumedPresent("Service", backend.name())
                        && NamedObjects.inNamespaceOf(manifests, ingress, "Service", backend.name()).isEmpty()) {
                    findings.at(ingress, backend.nameAt(), "Ingress backend "
                            + NamedObjects.notInFiles("Service", backend.name()) + " (in the Ingress's namespace)",
                            NamedObjects.mayBeInCluster("Service", backend.name()));
                }
            }
        });
    }
}
