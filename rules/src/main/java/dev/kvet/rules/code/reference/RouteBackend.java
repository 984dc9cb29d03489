package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import java.util.List;

/**
 * A Gateway API route's Service backend must name a Service of its namespace (the route's, unless it names
 * another); one of a namespace the files do not describe is not checked.
 */
public final class RouteBackend implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(GatewayRoute.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        GatewayRoute.forEach(manifests, GatewayRoute::services, (route, backend) -> backend.reportIfAbsent(manifests,
                route, findings, NamedObjects.inNamespace(manifests, backend.namespaceFrom(route), "Service",
                        backend.name()).isPresent(), "backendRef", ""));
    }
}
