package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Namespaces;
import java.util.List;
import java.util.Objects;

/**
 * A Gateway API route's parentRef to a Gateway of the files must select a listener of it (by sectionName and
 * port) that admits routes of the route's namespace; otherwise the route does not attach through it.
 */
public final class RouteListener implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(GatewayRoute.INDEXER, GatewayListeners.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        GatewayRoute.forEach(manifests, GatewayRoute::gateways, (route, parent) -> {
            GatewayListeners.find(manifests, parent.namespaceFrom(route), parent.name())
                    .ifPresent(gateway -> check(route, parent, gateway, findings));
        });
    }

    private static void check(IndexedObject route, RouteRef parent, IndexedObject gateway, RuleFindings findings) {
        List<GatewayListeners.Listener> listeners = gateway.fact(GatewayListeners.INDEXER).listeners();
        List<GatewayListeners.Listener> named = listeners.stream()
                .filter(listener -> parent.sectionName() == null || parent.sectionName().equals(listener.name()))
                .toList();
        if (parent.sectionName() != null && named.isEmpty()) {
            findings.at(route, parent.sectionNameAt(), "Gateway \"" + parent.name() + "\" has no listener \""
                    + parent.sectionName() + "\" (its listeners: " + names(listeners) + ")",
                    "set sectionName to a listener name of the Gateway, or remove it to attach to every listener");
            return;
        }
        List<GatewayListeners.Listener> selected = named.stream()
                .filter(listener -> parent.port() == null || Objects.equals(parent.port(), listener.port()))
                .toList();
        if (parent.port() != null && selected.isEmpty()) {
            findings.at(route, parent.portAt(), "Gateway \"" + parent.name() + "\" has no listener"
                    + (parent.sectionName() == null ? "" : " \"" + parent.sectionName() + "\"") + " on port "
                    + parent.port().text(), "use the port of a listener of the Gateway, or remove port");
        } else if (parent.crossesNamespaces(route) && !selected.isEmpty()
                && selected.stream().noneMatch(GatewayListeners.Listener::admitsOtherNamespaces)) {
            findings.at(route, parent.namespaceAt(), "Gateway \"" + parent.name() + "\" admits routes only from its "
                    + "own namespace \"" + Namespaces.of(gateway) + "\" on "
                    + (selected.size() == 1 ? "listener " : "listeners ") + names(selected)
                    + " (allowedRoutes.namespaces.from is Same by default)",
                    "set allowedRoutes.namespaces.from to All, or to Selector with a label of namespace \""
                            + Namespaces.of(route) + "\", on the Gateway's listener");
        }
    }

    private static String names(List<GatewayListeners.Listener> listeners) {
        return listeners.isEmpty() ? "none"
                : String.join(", ", listeners.stream().map(GatewayListeners.Listener::name).toList());
    }
}
