package dev.kvet.schema;

import dev.kvet.document.JsonTree;
import dev.kvet.document.YamlMap;
import tools.jackson.databind.JsonNode;

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
        return JsonTree.withoutNullFields(object);
    }
}
