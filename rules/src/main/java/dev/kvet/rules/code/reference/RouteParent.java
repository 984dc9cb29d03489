package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import java.util.List;

/**
 * A Gateway API route's parentRef to a Gateway must name a Gateway of the files; one in a namespace the files do
 * not describe (a Gateway a platform team shares) is not checked.
 */
public final class RouteParent implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(GatewayRoute.INDEXER, GatewayListeners.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        GatewayRoute.forEach(manifests, GatewayRoute::gateways, (route, parent) -> parent.reportIfAbsent(manifests,
                route, findings, GatewayListeners.find(manifests, parent.namespaceFrom(route), parent.name())
                        .isPresent(), "parentRef", "; the route attaches to nothing"));
    }
}
