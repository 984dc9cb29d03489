package dev.kvet.schema;

import dev.kvet.location.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a kind's schema document the way messages need it: what fields a level has, what a field expects. */
final class SchemaTree {

    private final JsonNode document;

    SchemaTree(JsonNode document) {
        this.document = document;
    }

    /** The schema node at a JSON pointer inside the document ({@code /$defs/...}), or a missing node. */
    JsonNode at(String documentPointer) {
        return document.at(documentPointer);
    }

    /** The definition a {@code $ref} chain leads to; references inside the document only. */
    JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        for (int hops = 0; hops < 64 && node.path("$ref").isString(); hops++) {
            node = document.at(node.get("$ref").asString().substring(1));
        }
        return node;
    }

    /** The field names an object schema declares. */
    List<String> fieldNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        resolve(schema).path("properties").propertyNames().forEach(names::add);
        return names;
    }

    /** The schema that applies to the value at an instance pointer (relative to the object), or null. */
    JsonNode forInstance(JsonPointer pointer) {
        JsonNode node = resolve(document);
        for (String token : pointer.tokens()) {
            node = child(node, token);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The schema of one step down: a field of an object, an item of a list, a value of a map. */
    JsonNode child(JsonNode schema, String token) {
        JsonNode node = resolve(schema);
        if (node.has("items") && token.chars().allMatch(Character::isDigit)) {
            return resolve(node.get("items"));
        }
        JsonNode property = node.path("properties").get(token);
        if (property != null) {
            return resolve(property);
        }
        JsonNode values = node.get("additionalProperties");
        return values != null && values.isObject() ? resolve(values) : null;
    }
}
