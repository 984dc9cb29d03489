package dev.kvet.schemas.generate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the self-contained JSON Schema of one kind: a {@code $ref} to the kind's definition plus every definition
 * reachable from it, kept under their Kubernetes names so that a validation error can name the type it is in
 * ({@code io.k8s.api.core.v1.Container}). One file per kind lets the engine load only the kinds it meets.
 */
public final class KindSchema {

    /** The JSON Schema dialect of every generated schema. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private KindSchema() {
    }

    /** The schema document of the kind whose definition is {@code root}, taken from the strict definitions. */
    public static ObjectNode of(String root, Map<String, ObjectNode> strictDefinitions) {
        Map<String, ObjectNode> reachable = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            String name = pending.remove();
            if (reachable.containsKey(name)) {
                continue;
            }
            ObjectNode definition = strictDefinitions.get(name);
            if (definition == null) {
                throw new IllegalStateException("definition " + name + " is referenced but missing");
            }
            reachable.put(name, definition);
            collectReferences(definition, pending);
        }
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("$schema", DIALECT);
        document.put("$ref", StrictSchemas.DEFS + root);
        ObjectNode defs = document.putObject("$defs");
        reachable.forEach(defs::set);
        return document;
    }

    private static void collectReferences(JsonNode node, Deque<String> pending) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                pending.add(ref.asString().substring(StrictSchemas.DEFS.length()));
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collectReferences(child, pending);
            }
        }
    }
}
