package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ServiceFacts;
import dev.kvet.rules.code.support.ServicePort;
import java.util.List;

/**
 * A Gateway API route's Service backend needs a port (the API server rejects one without), and that port must be
 * one of the Service's ports.
 */
public final class RouteBackendPort implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(GatewayRoute.INDEXER, ServiceFacts.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        GatewayRoute.forEach(manifests, GatewayRoute::services, (route, backend) -> {
            if (backend.portAt() == null) {
                findings.at(route, backend.nameAt(), "backendRef to Service \"" + backend.name()
                        + "\" has no port; the API server rejects a Service backendRef without one",
                        "add port: a port number of the Service (its port, not its targetPort)");
            } else if (backend.port() != null && backend.port().isNumber()) {
                NamedObjects.inNamespace(manifests, backend.namespaceFrom(route), "Service", backend.name())
                        .ifPresent(service -> checkPort(route, backend, service, findings));
            }
        });
    }

    private static void checkPort(IndexedObject route, RouteRef backend, IndexedObject service,
                                  RuleFindings findings) {
        List<ServicePort> ports = service.fact(ServiceFacts.INDEXER).ports().stream()
                .map(ServiceFacts.Port::port)
                .filter(port -> port.port() != null)
                .toList();
        if (ports.stream().noneMatch(port -> port.port().equals(backend.port()))) {
            List<String> offered = ports.stream().map(port -> port.port().text()).toList();
            String forwarding = ports.stream().filter(port -> backend.port().equals(port.effectiveTargetPort()))
                    .map(port -> "use " + port.port().text() + ", the Service port that forwards to targetPort "
                            + backend.port().text())
                    .findFirst()
                    .orElse("use a port number of the Service's spec.ports (its port, not its targetPort)");
            findings.at(route, backend.portAt(), "Service \"" + backend.name() + "\" has no port " + backend.port()
                    + " (its ports: " + (offered.isEmpty() ? "none" : String.join(", ", offered)) + ")", forwarding);
        }
    }
}
