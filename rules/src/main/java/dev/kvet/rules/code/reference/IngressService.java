package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;

/** An Ingress backend must name a Service of its namespace. */
public final class IngressService implements CodeRule {

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Ingress").forEach(ingress -> {
            for (IngressBackend backend : IngressBackend.of(ingress)) {
                if (!findings.assumedPresent("Service", backend.name())
                        && NamedObjects.inNamespaceOf(manifests, ingress, "Service", backend.name()).isEmpty()) {
                    findings.atValue(ingress, backend.pointer().child("name"), "Ingress backend "
                            + NamedObjects.notInFiles("Service", backend.name()) + " (in the Ingress's namespace)",
                            NamedObjects.mayBeInCluster("Service", backend.name()));
                }
            }
        });
    }
}
