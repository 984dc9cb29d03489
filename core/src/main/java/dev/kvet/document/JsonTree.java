package dev.kvet.document;

import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a located YAML tree into the JSON value Kubernetes would receive, for JSON Schema evaluation. */
public final class JsonTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /** The JSON form of a node; callers must have refused alias bombs (see {@link YamlNode#expandedSize()}). */
    public static JsonNode of(YamlNode node) {
        return convert(node, true);
    }

    /** The JSON form of a node without the map fields whose value is null, at any depth; list items stay. */
    public static JsonNode withoutNullFields(YamlNode node) {
        return convert(node, false);
    }

    private static JsonNode convert(YamlNode node, boolean nullFields) {
        if (node instanceof YamlMap map) {
            ObjectNode object = NODES.objectNode();
            for (YamlMap.Entry entry : map.entries().values()) {
                if (nullFields || !(entry.value() instanceof YamlScalar scalar && scalar.isNull())) {
                    object.set(entry.key(), convert(entry.value(), nullFields));
                }
            }
            return object;
        }
        if (node instanceof YamlList list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (YamlNode item : list.items()) {
                array.add(convert(item, nullFields));
            }
            return array;
        }
        YamlScalar scalar = (YamlScalar) node;
        String string = scalar.stringValue();
        return string != null ? NODES.stringNode(string) : scalar(scalar.value());
    }

    private static JsonNode scalar(ScalarValue value) {
        return switch (value.type()) {
            case NULL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode((Boolean) value.value());
            case INTEGER -> integer((BigInteger) value.value());
            case FLOAT -> floating((Double) value.value());
            case STRING -> NODES.stringNode((String) value.value());
        };
    }

    private static JsonNode integer(BigInteger value) {
        return value.bitLength() < 63 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private static JsonNode floating(double value) {
        // JSON has no integral floats: 1e3 reaches the API server as the number 1000.
        if (!Double.isInfinite(value) && value == Math.rint(value) && Math.abs(value) < 9.0e15) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }
}
