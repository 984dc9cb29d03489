package dev.kvet.rules.declarative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Rule parameters: put into conditions, and handed to code rules as plain Java values. */
public final class Parameters {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

    private Parameters() {
    }

    /**
     * A copy of a condition where every string that is exactly {@code {{name}}} is replaced by the parameter's
     * value, keeping its type (a number stays a number).
     *
     * @throws IllegalArgumentException when the condition names a parameter the rule does not have
     */
    static JsonNode substitute(JsonNode node, Map<String, JsonNode> parameters) {
        if (node.isString()) {
            Matcher matcher = REFERENCE.matcher(node.stringValue());
            if (!matcher.matches()) {
                return node;
            }
            JsonNode value = parameters.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("condition uses unknown parameter " + matcher.group(1));
            }
            return value;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(), substitute(entry.getValue(), parameters)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(item -> copy.add(substitute(item, parameters)));
            return copy;
        }
        return node;
    }

    /** The parameters as Java values: numbers, strings, booleans, lists and maps. */
    public static Map<String, Object> toJava(Map<String, JsonNode> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, toJava(value)));
        return values;
    }

    private static Object toJava(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.values().forEach(item -> items.add(toJava(item)));
            return items;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
            return map;
        }
        return node.isNull() ? null : node.asString();
    }
}
