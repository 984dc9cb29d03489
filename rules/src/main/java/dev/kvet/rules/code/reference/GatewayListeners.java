package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.Namespaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listeners of a Gateway of the Gateway API (not an Istio Gateway, which shares the kind), which routes
 * attach to.
 *
 * @param listeners its spec.listeners, in order
 */
record GatewayListeners(List<Listener> listeners) {

    /**
     * One listener.
     *
     * @param name       its name, what a parentRef's sectionName names
     * @param port       its port, or null when it writes none
     * @param namespaces its allowedRoutes.namespaces.from: {@code Same} (the default), {@code All} or {@code Selector}
     */
    record Listener(String name, IntOrString port, String namespaces) {

        /** Whether routes of other namespaces than the Gateway's may attach, or may for all the files tell. */
        boolean admitsOtherNamespaces() {
            return !"Same".equals(namespaces);
        }
    }

    private static final JsonPointer LISTENERS = JsonPointer.of("spec", "listeners");
    private static final JsonPointer FROM = JsonPointer.of("allowedRoutes", "namespaces", "from");

    /** Takes the listeners of every Gateway of the Gateway API. */
    static final Indexer<GatewayListeners> INDEXER = GatewayListeners::of;

    /** The Gateway of the Gateway API of that namespace and name in the run, if any. */
    static Optional<IndexedObject> find(Manifests manifests, String namespace, String name) {
        Map<String, IndexedObject> gateways = manifests.derived(GatewayListeners.class, all -> {
            Map<String, IndexedObject> index = new HashMap<>();
            all.ofKind("Gateway").filter(gateway -> gateway.fact(INDEXER) != null && gateway.name() != null)
                    .forEach(gateway -> index.putIfAbsent(Namespaces.of(gateway) + "/" + gateway.name(), gateway));
            return index;
        });
        return Optional.ofNullable(gateways.get(namespace + "/" + name));
    }

    private static GatewayListeners of(KubeObject gateway) {
        if (!"Gateway".equals(gateway.kind()) || !GatewayRoute.GROUP.equals(gateway.group())) {
            return null;
        }
        List<Listener> listeners = new ArrayList<>();
        if (gateway.node(LISTENERS) instanceof YamlList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YamlMap listener && listener.string("name") != null) {
                    String from = listener.at(FROM) instanceof YamlScalar scalar
                            ? scalar.stringValue() : null;
                    listeners.add(new Listener(listener.string("name"),
                            IntOrString.of(listener.get("port")).orElse(null), from == null ? "Same" : from));
                }
            }
        }
        return new GatewayListeners(List.copyOf(listeners));
    }
}
