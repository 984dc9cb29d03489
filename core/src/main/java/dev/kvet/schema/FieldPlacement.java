package dev.kvet.schema;

import dev.kvet.location.JsonPointer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where an unknown key would be valid below or above the level it was written at: {@code containerPort} written
 * in a container is a field of the items of its {@code ports} list; {@code replicas} written in a Deployment's
 * pod template is a field of the Deployment's spec. Searched nearest first.
 */
final class FieldPlacement {

    /** How deep below the written level to look; deeper guesses stop being helpful. */
    private static final int MAX_DEPTH = 3;
    /** More places than this at the same depth means the key is too common to point at one. */
    private static final int MAX_PLACES = 3;

    /**
     * One step of the way down to the field's real place.
     *
     * @param field the field to write
     * @param list  whether it holds a list (of maps) rather than a map
     */
    record Step(String field, boolean list) {
    }

    private final SchemaTree tree;

    FieldPlacement(SchemaTree tree) {
        this.tree = tree;
    }

    /** The paths below {@code level} at whose end {@code key} is a field; empty when none or too many. */
    List<List<Step>> below(JsonNode level, String key) {
        record Candidate(JsonNode schema, List<Step> path) {
        }
        List<Candidate> frontier = List.of(new Candidate(tree.resolve(level), List.of()));
        Map<JsonNode, Boolean> seen = new IdentityHashMap<>();
        for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<Candidate> next = new ArrayList<>();
            List<List<Step>> found = new ArrayList<>();
            for (Candidate candidate : frontier) {
                for (Map.Entry<String, JsonNode> field : candidate.schema().path("properties").properties()) {
                    JsonNode value = tree.resolve(field.getValue());
                    boolean list = value.has("items");
                    JsonNode object = list ? tree.resolve(value.get("items")) : value;
                    if (!object.has("properties")) {
                        continue;
                    }
                    List<Step> path = new ArrayList<>(candidate.path());
                    path.add(new Step(field.getKey(), list));
                    if (object.get("properties").has(key)) {
                        found.add(path);
                    }
                    // A type met again (Probe under three fields) is searched once, at its first place.
                    if (seen.put(object, Boolean.TRUE) == null) {
                        next.add(new Candidate(object, path));
                    }
                }
            }
            if (!found.isEmpty()) {
                return found.size() <= MAX_PLACES ? found : List.of();
            }
            frontier = next;
        }
        return List.of();
    }

    /**
     * The nearest level above {@code parent} (at most {@value #MAX_DEPTH} steps up) that has {@code key} as a
     * field: {@code replicas} written in a Deployment's template belongs in its spec.
     */
    Optional<JsonPointer> above(JsonPointer parent, String key) {
        JsonPointer level = parent;
        for (int depth = 1; depth <= MAX_DEPTH && !level.isRoot(); depth++) {
            level = level.parent();
            JsonNode schema = tree.forInstance(level);
            if (schema != null && schema.path("properties").has(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** How the key looks once moved: {@code ports: [{containerPort: 80}]}. */
    static String snippet(List<Step> path, String key, String value) {
        String inner = key + ": " + value;
        for (int i = path.size() - 1; i >= 0; i--) {
            Step step = path.get(i);
            String wrapped = step.list() ? "[{" + inner + "}]" : "{" + inner + "}";
            inner = step.field() + ": " + wrapped;
        }
        return inner;
    }
}
