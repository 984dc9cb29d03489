package dev.kvet.schemas.generate;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one OpenAPI v2 definition into a strict JSON Schema (2020-12) definition, keeping only what validation
 * needs. Strict means: every object with declared properties rejects other keys, as {@code kubectl apply
 * --validate=strict} does; free maps ({@code labels}, {@code data}) keep their {@code additionalProperties}.
 */
public final class StrictSchemas {

    /** The definition prefix that references use inside a generated kind schema. */
    public static final String DEFS = "#/$defs/";

    /** The name of the definition of Kubernetes' fixed-point numbers: {@code 500m}, {@code 1Gi}, {@code 1e3}. */
    public static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    /** The name of the definition of fields that take a port number or a port name. */
    public static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

    /**
     * The grammar of {@code resource.Quantity} as Kubernetes' parser accepts it: a signed decimal number, then
     * a binary suffix (Ki … Ei), a decimal suffix (n, u, m, k, M, G, T, P, E) or a decimal exponent (e3, E-2).
     */
    public static final String QUANTITY_PATTERN =
            "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$";

    /** Marks a schema node with the API-server rule it stands for, so messages can say why. */
    public static final String REASON = "x-kvet-reason";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictSchemas() {
    }

    /** The strict form of the named definition. */
    public static ObjectNode definition(String name, JsonNode openApi) {
        return switch (name) {
            case QUANTITY -> quantity();
            case INT_OR_STRING -> types("integer", "string");
            default -> convert(openApi);
        };
    }

    private static ObjectNode quantity() {
        // Kubernetes reads a JSON number as a quantity too (replicas-style `cpu: 1`, `memory: 1e9`).
        ObjectNode quantity = types("string", "number");
        quantity.put("pattern", QUANTITY_PATTERN);
        return quantity;
    }

    private static ObjectNode types(String... names) {
        ObjectNode node = NODES.objectNode();
        node.putArray("type").addAll(Arrays.stream(names).map(NODES::stringNode).toList());
        return node;
    }

    private static ObjectNode convert(JsonNode openApi) {
        ObjectNode out = NODES.objectNode();
        if (openApi.has("$ref")) {
            out.put("$ref", DEFS + openApi.get("$ref").asString().substring("#/definitions/".length()));
        }
        copy(openApi, out, "type");
        copy(openApi, out, "enum");
        copy(openApi, out, "required");
        copy(openApi, out, REASON);
        if (openApi.has("properties")) {
            ObjectNode properties = out.putObject("properties");
            for (Map.Entry<String, JsonNode> property : openApi.get("properties").properties()) {
                properties.set(property.getKey(), convert(property.getValue()));
            }
        }
        if (openApi.has("items")) {
            out.set("items", convert(openApi.get("items")));
        }
        JsonNode additional = openApi.get("additionalProperties");
        if (additional != null) {
            out.set("additionalProperties", additional.isObject() ? convert(additional) : additional.deepCopy());
        } else if (isClosedObject(openApi)) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    /**
     * An object with declared properties is closed unless it asks to keep unknown fields. Overlay nodes that only
     * narrow a referenced definition carry no type and stay open: the definition they narrow is closed already.
     */
    private static boolean isClosedObject(JsonNode openApi) {
        return "object".equals(openApi.path("type").asString(""))
                && openApi.has("properties")
                && !openApi.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    }

    private static void copy(JsonNode from, ObjectNode to, String keyword) {
        if (from.has(keyword)) {
            to.set(keyword, from.get(keyword).deepCopy());
        }
    }
}
