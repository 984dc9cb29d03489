package dev.kvet.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The kinds one bundled Kubernetes version serves, for lookups and suggestions without loading any schema. */
public final class KindIndex {

    private final List<KnownKind> kinds;
    private final Map<String, KnownKind> byType;

    /** An index of these kinds. */
    public KindIndex(List<KnownKind> kinds) {
        this.kinds = List.copyOf(kinds);
        this.byType = this.kinds.stream()
                .collect(Collectors.toUnmodifiableMap(kind -> key(kind.apiVersion(), kind.kind()), kind -> kind));
    }

    /** Reads a generated {@code index.json}. */
    public static KindIndex read(JsonNode index) {
        List<KnownKind> kinds = new ArrayList<>();
        for (JsonNode entry : index.required("kinds")) {
            JsonNode namespaced = entry.path("namespaced");
            kinds.add(new KnownKind(entry.required("group").asString(), entry.required("version").asString(),
                    entry.required("kind").asString(), namespaced.isBoolean() ? namespaced.asBoolean() : null,
                    entry.required("definition").asString(), entry.required("schema").asString()));
        }
        return new KindIndex(kinds);
    }

    /** The kind served under this apiVersion, if any. */
    public Optional<KnownKind> find(String apiVersion, String kind) {
        return Optional.ofNullable(byType.get(key(apiVersion, kind)));
    }

    /** Every kind, in index order. */
    public List<KnownKind> kinds() {
        return kinds;
    }

    /** The kinds served under an apiVersion. */
    public List<String> kindsOf(String apiVersion) {
        return kinds.stream().filter(kind -> kind.apiVersion().equals(apiVersion)).map(KnownKind::kind).toList();
    }

    /** The apiVersions that serve a kind, in index order. */
    public List<String> apiVersionsOf(String kind) {
        return kinds.stream().filter(known -> known.kind().equals(kind)).map(KnownKind::apiVersion).toList();
    }

    /** Every apiVersion, in index order. */
    public Set<String> apiVersions() {
        return kinds.stream().map(KnownKind::apiVersion).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every API group, the core group as the empty string. */
    public Set<String> groups() {
        return kinds.stream().map(KnownKind::group).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
