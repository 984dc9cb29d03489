package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ServicePort;
import java.util.List;
import java.util.Objects;

/** An Ingress backend's port (number or name) must be a port of the Service it names. */
public final class IngressServicePort implements CodeRule {

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Ingress").forEach(ingress -> {
            for (IngressBackend backend : IngressBackend.of(ingress)) {
                NamedObjects.inNamespaceOf(manifests, ingress, "Service", backend.name())
                        .ifPresent(service -> check(ingress, backend, service, findings));
            }
        });
    }

    private static void check(KubeObject ingress, IngressBackend backend, KubeObject service,
                              RuleFindings findings) {
        YamlMap port = backend.service().map("port");
        if (port == null) {
            return;
        }
        List<ServicePort> ports = ServicePort.of(service);
        String field = port.has("number") ? "number" : "name";
        IntOrString.of(port.get(field)).ifPresent(wanted -> {
            boolean found = ports.stream().anyMatch(candidate -> wanted.isNumber() ? wanted.equals(candidate.port())
                    : wanted.name().equals(candidate.name()));
            if (!found) {
                List<String> offered = ports.stream()
                        .map(candidate -> wanted.isNumber() ? Objects.toString(candidate.port(), null)
                                : candidate.name())
                        .filter(Objects::nonNull)
                        .toList();
                findings.atValue(ingress, backend.pointer().child("port").child(field), "Service \"" + backend.name()
                        + "\" has no port " + wanted + " (its ports: " + (offered.isEmpty() ? "none"
                        : String.join(", ", offered)) + ")", "use a port " + (wanted.isNumber() ? "number" : "name")
                        + " of the Service");
            }
        });
    }
}
