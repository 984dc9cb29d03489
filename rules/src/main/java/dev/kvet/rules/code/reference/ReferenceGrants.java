package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.support.Namespaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a ReferenceGrant of the Gateway API lets objects of other namespaces refer to in its own namespace: any
 * of its {@code from} entries may refer to any of its {@code to} entries.
 *
 * @param from the kinds and namespaces it trusts
 * @param to   the objects of its namespace they may refer to
 */
record ReferenceGrants(List<From> from, List<To> to) {

    /**
     * A trusted kind of referrer in a namespace.
     *
     * @param group     its API group
     * @param kind      its kind
     * @param namespace its namespace
     */
    record From(String group, String kind, String namespace) {
    }

    /**
     * Objects that may be referred to.
     *
     * @param group their API group, {@code ""} for the core group
     * @param kind  their kind
     * @param name  their name, or null for every object of the kind
     */
    record To(String group, String kind, String name) {
    }

    private static final JsonPointer FROM = JsonPointer.of("spec", "from");
    private static final JsonPointer TO = JsonPointer.of("spec", "to");

    /** Takes the entries of every ReferenceGrant of the Gateway API. */
    static final Indexer<ReferenceGrants> INDEXER = ReferenceGrants::of;

    /**
     * Whether a ReferenceGrant of the run in the referent's namespace lets a route refer to it.
     *
     * @param route    the referring route
     * @param referent what it refers to, in another namespace
     */
    static boolean allow(Manifests manifests, IndexedObject route, RouteRef referent) {
        From from = new From(GatewayRoute.GROUP, route.kind(), Namespaces.of(route));
        return byNamespace(manifests).getOrDefault(referent.namespaceFrom(route), List.of()).stream()
                .anyMatch(grant -> grant.from.contains(from) && grant.to.stream().anyMatch(to ->
                        referent.is(to.group, to.kind) && (to.name == null || to.name.equals(referent.name()))));
    }

    private static Map<String, List<ReferenceGrants>> byNamespace(Manifests manifests) {
        return manifests.derived(ReferenceGrants.class, all -> {
            Map<String, List<ReferenceGrants>> index = new HashMap<>();
            all.ofKind("ReferenceGrant").filter(grant -> grant.fact(INDEXER) != null).forEach(grant ->
                    index.computeIfAbsent(Namespaces.of(grant), namespace -> new ArrayList<>())
                            .add(grant.fact(INDEXER)));
            return index;
        });
    }

    private static ReferenceGrants of(KubeObject grant) {
        if (!"ReferenceGrant".equals(grant.kind()) || !GatewayRoute.GROUP.equals(grant.group())) {
            return null;
        }
        List<From> from = new ArrayList<>();
        for (YamlMap entry : entries(grant, FROM)) {
            from.add(new From(text(entry, "group"), text(entry, "kind"), text(entry, "namespace")));
        }
        List<To> to = new ArrayList<>();
        for (YamlMap entry : entries(grant, TO)) {
            String name = entry.string("name");
            to.add(new To(text(entry, "group"), text(entry, "kind"), name == null || name.isEmpty() ? null : name));
        }
        return new ReferenceGrants(List.copyOf(from), List.copyOf(to));
    }

    private static List<YamlMap> entries(KubeObject grant, JsonPointer at) {
        List<YamlMap> entries = new ArrayList<>();
        if (grant.node(at) instanceof YamlList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YamlMap entry) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /** A field of an entry, {@code ""} when missing: an empty group is the core group. */
    private static String text(YamlMap entry, String field) {
        String value = entry.string(field);
        return value == null ? "" : value;
    }
}
