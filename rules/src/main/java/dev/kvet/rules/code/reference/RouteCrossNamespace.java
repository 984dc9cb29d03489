package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Namespaces;
import java.util.List;

/**
 * A Gateway API route's backendRef to another namespace needs a ReferenceGrant in that namespace that trusts
 * routes of its kind and namespace; it is looked for only in the namespaces the files describe.
 */
public final class RouteCrossNamespace implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(GatewayRoute.INDEXER, ReferenceGrants.INDEXER);
    }

    /** That the changed files hold no ReferenceGrant proves nothing: it may be in a file the commit left alone. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        GatewayRoute.forEach(manifests, GatewayRoute::backends, (route, backend) -> {
            String namespace = backend.namespaceFrom(route);
            if (backend.crossesNamespaces(route) && backend.inDescribedNamespace(manifests, route)
                    && !ReferenceGrants.allow(manifests, route, backend)) {
                findings.at(route, backend.namespaceAt(), "no ReferenceGrant in namespace \"" + namespace
                        + "\" lets " + route.kind() + "s of namespace \"" + Namespaces.of(route) + "\" refer to "
                        + backend.kind() + " \"" + backend.name() + "\"; the backend is refused",
                        "add a ReferenceGrant to namespace \"" + namespace + "\" with from: {group: "
                                + GatewayRoute.GROUP + ", kind: " + route.kind() + ", namespace: "
                                + Namespaces.of(route) + "} and to: {group: \"" + backend.group() + "\", kind: "
                                + backend.kind() + ", name: " + backend.name() + "}");
            }
        });
    }
}
