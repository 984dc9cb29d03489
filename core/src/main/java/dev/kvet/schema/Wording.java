package dev.kvet.schema;

import dev.kvet.location.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** How schema terms read in a message: YAML words for JSON types, Kubernetes type names for definitions. */
final class Wording {

    private Wording() {
    }

    /** {@code an integer}, {@code a map}, {@code a list}, {@code a string or an integer}. */
    static String expected(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(name -> names.add(withArticle(name.asString())));
        } else {
            names.add(withArticle(type.asString()));
        }
        return NearestNames.either(names);
    }

    /** A JSON type in YAML words with its article: {@code a map}, {@code an integer}. */
    static String withArticle(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a map";
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "null" -> "null";
            default -> "a " + jsonType;
        };
    }

    /** The JSON type of a value, in JSON Schema's words. */
    static String typeOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> "string";
        };
    }

    /** The Kubernetes type name of a definition: {@code Container} for {@code io.k8s.api.core.v1.Container}. */
    static String typeName(String definition) {
        return definition.substring(definition.lastIndexOf('.') + 1);
    }

    /** {@code a container} for {@code io.k8s.api.core.v1.Container}, {@code a pod spec} for {@code ...PodSpec}. */
    static String aTypeNamed(String definition) {
        String words = typeName(definition).replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** The whole path of a pointer for a person: {@code spec.template.spec.containers[0]}. */
    static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.tokens()) {
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(token).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(token);
            }
        }
        return path.toString();
    }

    /** The field a pointer names for a person: {@code replicas}, or {@code containers[1]} for a list item. */
    static String field(JsonPointer pointer) {
        List<String> tokens = pointer.tokens();
        if (tokens.isEmpty()) {
            return "the object";
        }
        String last = tokens.get(tokens.size() - 1);
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit) && tokens.size() > 1) {
            return tokens.get(tokens.size() - 2) + "[" + last + "]";
        }
        return last;
    }
}
