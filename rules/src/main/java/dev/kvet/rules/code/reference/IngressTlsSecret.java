package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;

/** An Ingress's spec.tls[].secretName should name a Secret of its namespace (else it serves a default certificate). */
public final class IngressTlsSecret implements CodeRule {

    private static final JsonPointer TLS = JsonPointer.of("spec", "tls");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Ingress").forEach(ingress -> {
            if (!(ingress.node(TLS) instanceof YamlList tls)) {
                return;
            }
            for (int i = 0; i < tls.size(); i++) {
                String name = tls.get(i) instanceof YamlMap entry ? entry.string("secretName") : null;
                if (name != null && !name.isEmpty() && !findings.assumedPresent("Secret", name)
                        && NamedObjects.inNamespaceOf(manifests, ingress, "Secret", name).isEmpty()) {
                    findings.atValue(ingress, TLS.child(i).child("secretName"), "TLS "
                            + NamedObjects.notInFiles("Secret", name), NamedObjects.mayBeInCluster("Secret", name)
                            + " (cert-manager and similar tools create it from the Ingress)");
                }
            }
        });
    }
}
