package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a Gateway API route (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute of gateway.networking.k8s.io)
 * names: the parents it attaches to and the backends it sends traffic to.
 *
 * @param parents  its spec.parentRefs, in order
 * @param backends its backendRefs and the backendRefs of its requestMirror filters, in file order
 */
record GatewayRoute(List<RouteRef> parents, List<RouteRef> backends) {

    /** The API group of the Gateway API. */
    static final String GROUP = "gateway.networking.k8s.io";
    /** The route kinds, each with spec.parentRefs and spec.rules[].backendRefs. */
    private static final List<String> KINDS = List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute");
    private static final JsonPointer PARENTS = JsonPointer.of("spec", "parentRefs");
    private static final JsonPointer RULES = JsonPointer.of("spec", "rules");

    /** Takes the references of every Gateway API route. */
    static final Indexer<GatewayRoute> INDEXER = GatewayRoute::of;

    /**
     * Calls {@code action} with each reference that {@code refs} picks of each Gateway API route of the run, such as
     * {@code GatewayRoute::services}, route by route, kind by kind.
     */
    static void forEach(Manifests manifests, Function<GatewayRoute, List<RouteRef>> refs,
                        BiConsumer<IndexedObject, RouteRef> action) {
        KINDS.stream().flatMap(manifests::ofKind).forEach(route -> {
            GatewayRoute facts = route.fact(INDEXER);
            if (facts != null) {
                refs.apply(facts).forEach(ref -> action.accept(route, ref));
            }
        });
    }

    /** The core Services among its backends, the default kind of a backendRef. */
    List<RouteRef> services() {
        return backends.stream().filter(backend -> backend.is("", "Service")).toList();
    }

    /** The Gateways of the Gateway API among its parents, the default kind of a parentRef. */
    List<RouteRef> gateways() {
        return parents.stream().filter(parent -> parent.is(GROUP, "Gateway")).toList();
    }

    private static GatewayRoute of(KubeObject route) {
        if (!KINDS.contains(route.kind()) || !GROUP.equals(route.group())) {
            return null;
        }
        List<RouteRef> parents = new ArrayList<>();
        each(route, PARENTS, at -> parents.add(RouteRef.of(route, at, GROUP, "Gateway")));
        List<RouteRef> backends = new ArrayList<>();
        each(route, RULES, rule -> {
            mirrors(route, rule.child("filters"), backends);
            each(route, rule.child("backendRefs"), backend -> {
                backends.add(backendAt(route, backend));
                mirrors(route, backend.child("filters"), backends);
            });
        });
        return new GatewayRoute(nonNull(parents), nonNull(backends));
    }

    /** The backends of the requestMirror filters of a rule or of a backendRef (HTTPRoute and GRPCRoute). */
    private static void mirrors(KubeObject route, JsonPointer filters, List<RouteRef> backends) {
        each(route, filters,
                filter -> backends.add(backendAt(route, filter.child("requestMirror").child("backendRef"))));
    }

    private static RouteRef backendAt(KubeObject route, JsonPointer at) {
        return RouteRef.of(route, at, "", "Service");
    }

    private static void each(KubeObject route, JsonPointer list, Consumer<JsonPointer> action) {
        if (route.node(list) instanceof YamlList items) {
            for (int i = 0; i < items.size(); i++) {
                action.accept(list.child(i));
            }
        }
    }

    private static List<RouteRef> nonNull(List<RouteRef> refs) {
        return refs.stream().filter(Objects::nonNull).toList();
    }
}
