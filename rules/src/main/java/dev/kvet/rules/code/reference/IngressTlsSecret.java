package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.NamedReference;
import java.util.ArrayList;
import java.util.List;

/** An Ingress's spec.tls[].secretName should name a Secret of its namespace (else it serves a default certificate). */
public final class IngressTlsSecret implements CodeRule {

    private static final JsonPointer TLS = JsonPointer.of("spec", "tls");
    /** The secrets named in an Ingress's spec.tls, in order. */
    private static final Indexer<List<NamedReference>> SECRETS = ingress -> {
        if (!"Ingress".equals(ingress.kind()) || !(ingress.node(TLS) instanceof YamlList tls)) {
            return null;
        }
        List<NamedReference> secrets = new ArrayList<>();
        for (int i = 0; i < tls.size(); i++) {
            String name = tls.get(i) instanceof YamlMap entry ? entry.string("secretName") : null;
            if (name != null && !name.isEmpty()) {
                secrets.add(new NamedReference("Secret", name, ingress.valuePlace(TLS.child(i).child("secretName"))));
            }
        }
        return List.copyOf(secrets);
    };

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(SECRETS);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Ingress").forEach(ingress -> {
            List<NamedReference> secrets = ingress.fact(SECRETS);
            for (NamedReference secret : secrets == null ? List.<NamedReference>of() : secrets) {
                String name = secret.name();
                if (!findings.assumedPresent("Secret", name)
                        && NamedObjects.inNamespaceOf(manifests, ingress, "Secret", name).isEmpty()) {
                    findings.at(ingress, secret.at(), "TLS " + NamedObjects.notInFiles("Secret", name),
                            NamedObjects.mayBeInCluster("Secret", name)
                                    + " (cert-manager and similar tools create it from the Ingress)");
                }
            }
        });
    }
}
