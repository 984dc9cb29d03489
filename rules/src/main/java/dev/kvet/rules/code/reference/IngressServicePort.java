package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ServiceFacts;
import dev.kvet.rules.code.support.ServicePort;
import java.util.List;
import java.util.Objects;

/** An Ingress backend's port (number or name) must be a port of the Service it names. */
public final class IngressServicePort implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(IngressBackend.INDEXER, ServiceFacts.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Ingress").forEach(ingress -> {
            for (IngressBackend backend : ingress.fact(IngressBackend.INDEXER)) {
                NamedObjects.inNamespaceOf(manifests, ingress, "Service", backend.name())
                        .ifPresent(service -> check(ingress, backend, service, findings));
            }
        });
    }

    private static void check(IndexedObject ingress, IngressBackend backend, IndexedObject service,
                              RuleFindings findings) {
        IntOrString wanted = backend.port();
        if (wanted == null) {
            return;
        }
        List<ServicePort> ports = service.fact(ServiceFacts.INDEXER).ports().stream().map(ServiceFacts.Port::port)
                .toList();
        boolean found = ports.stream().anyMatch(candidate -> wanted.isNumber() ? wanted.equals(candidate.port())
                : wanted.name().equals(candidate.name()));
        if (!found) {
            List<String> offered = ports.stream()
                    .map(candidate -> wanted.isNumber() ? Objects.toString(candidate.port(), null) : candidate.name())
                    .filter(Objects::nonNull)
                    .toList();
            findings.at(ingress, backend.portAt(), "Service \"" + backend.name() + "\" has no port " + wanted
                    + " (its ports: " + (offered.isEmpty() ? "none" : String.join(", ", offered)) + ")",
                    "use a port " + (wanted.isNumber() ? "number" : "name") + " of the Service");
        }
    }
}
