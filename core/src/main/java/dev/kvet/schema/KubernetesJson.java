package dev.kvet.schema;

import dev.kvet.document.JsonTree;
import dev.kvet.document.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON an API server would decode from an object, in the form its validation sees it. */
final class KubernetesJson {

    private KubernetesJson() {
    }

    /**
     * The object as JSON, without fields whose value is an explicit {@code null}: Kubernetes decodes {@code
     * field: null} as the field being absent (optional fields accept it, required ones then count as missing),
     * and drops nulls of CRD fields that are not nullable before validation.
     */
    static JsonNode of(YamlMap object) {
        JsonNode json = JsonTree.of(object);
        dropNullFields(json);
        return json;
    }

    private static void dropNullFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    dropNullFields(field.getValue());
                }
            }
            nulls.forEach(object::remove);
        } else if (node.isArray()) {
            node.forEach(KubernetesJson::dropNullFields);
        }
    }
}
