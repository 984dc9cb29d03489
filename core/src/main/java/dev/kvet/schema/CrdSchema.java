package dev.kvet.schema;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a CRD's {@code openAPIV3Schema} (a structural schema in OpenAPI v3.0 terms) into a strict JSON Schema
 * 2020-12 document, as the API server applies it: unknown fields are errors unless
 * {@code x-kubernetes-preserve-unknown-fields} keeps them, {@code x-kubernetes-int-or-string} takes both, and
 * {@code metadata} is always a standard ObjectMeta.
 */
final class CrdSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    /** Keywords that mean the same in OpenAPI v3.0 and JSON Schema 2020-12. */
    private static final Set<String> SAME = Set.of("type", "enum", "required", "pattern", "minimum", "maximum",
            "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf",
            "uniqueItems");

    private CrdSchema() {
    }

    /** The schema document of one served version; {@code metaDefinitions} are the bundled ObjectMeta types. */
    static ObjectNode document(JsonNode openApiV3, JsonNode metaDefinitions) {
        ObjectNode root = convert(openApiV3, false);
        ObjectNode properties = root.withObjectProperty("properties");
        properties.set("apiVersion", NODES.objectNode().put("type", "string"));
        properties.set("kind", NODES.objectNode().put("type", "string"));
        properties.set("metadata", NODES.objectNode().put("$ref", "#/$defs/" + OBJECT_META));
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", metaDefinitions.deepCopy());
        return root;
    }

    /** Converts one schema node; inside allOf/anyOf/oneOf/not, properties only constrain and never close. */
    private static ObjectNode convert(JsonNode schema, boolean constraintOnly) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            JsonNode value = keyword.getValue();
            if (SAME.contains(name)) {
                out.set(name, value.deepCopy());
            } else if (name.equals("properties")) {
                ObjectNode properties = out.putObject("properties");
                value.properties().forEach(field -> properties.set(field.getKey(), convert(field.getValue(), constraintOnly)));
            } else if (name.equals("items") && value.isObject()) {
                out.set("items", convert(value, constraintOnly));
            } else if (name.equals("additionalProperties")) {
                out.set(name, value.isObject() ? convert(value, constraintOnly) : value.deepCopy());
            } else if (name.equals("not")) {
                out.set(name, convert(value, true));
            } else if (name.equals("allOf") || name.equals("anyOf") || name.equals("oneOf")) {
                ArrayNode branches = out.putArray(name);
                value.forEach(branch -> branches.add(convert(branch, true)));
            }
        }
        exclusiveBound(schema, out, "exclusiveMinimum", "minimum");
        exclusiveBound(schema, out, "exclusiveMaximum", "maximum");
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            out.remove("type");
            out.putArray("type").add("integer").add("string");
        }
        boolean keepsUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                || schema.path("x-kubernetes-embedded-resource").asBoolean(false);
        if (!constraintOnly && out.has("properties") && !out.has("additionalProperties") && !keepsUnknown) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    /** OpenAPI v3.0's boolean exclusiveMinimum turns the minimum into JSON Schema's numeric exclusive bound. */
    private static void exclusiveBound(JsonNode schema, ObjectNode out, String exclusive, String bound) {
        if (schema.path(exclusive).asBoolean(false) && out.has(bound)) {
            out.set(exclusive, out.remove(bound));
        }
    }
}
