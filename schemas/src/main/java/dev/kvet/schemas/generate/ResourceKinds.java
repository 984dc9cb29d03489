package dev.kvet.schemas.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Finds the object kinds of an OpenAPI document: every definition tagged with exactly one group-version-kind. */
public final class ResourceKinds {

    private static final String GVK = "x-kubernetes-group-version-kind";

    private ResourceKinds() {
    }

    /** The kinds in definition order. */
    public static List<ResourceKind> of(OpenApiDocument document) {
        Map<String, Boolean> namespaced = namespacedByGvk(document.paths());
        List<ResourceKind> kinds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> definition : document.definitions().properties()) {
            JsonNode gvks = definition.getValue().path(GVK);
            // DeleteOptions and WatchEvent carry one tag per group version: they are envelopes, not kinds to write.
            if (gvks.size() != 1) {
                continue;
            }
            JsonNode gvk = gvks.get(0);
            String key = key(gvk);
            kinds.add(new ResourceKind(gvk.path("group").asString(), gvk.path("version").asString(),
                    gvk.path("kind").asString(), definition.getKey(), namespaced.get(key)));
        }
        return kinds;
    }

    /** Whether each kind's create/read operations sit under {@code /namespaces/{namespace}/}. */
    private static Map<String, Boolean> namespacedByGvk(JsonNode paths) {
        Map<String, Boolean> namespaced = new HashMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            boolean underNamespace = path.getKey().contains("/namespaces/{namespace}/");
            for (JsonNode operation : path.getValue()) {
                String action = operation.path("x-kubernetes-action").asString("");
                if (operation.has(GVK) && (action.equals("post") || action.equals("put") || action.equals("get"))) {
                    namespaced.merge(key(operation.get(GVK)), underNamespace, Boolean::logicalOr);
                }
            }
        }
        return namespaced;
    }

    private static String key(JsonNode gvk) {
        return gvk.path("group").asString() + "/" + gvk.path("version").asString() + "/" + gvk.path("kind").asString();
    }
}
