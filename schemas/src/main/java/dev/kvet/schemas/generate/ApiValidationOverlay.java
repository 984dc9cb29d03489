package dev.kvet.schemas.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules the Kubernetes API server enforces that the OpenAPI document does not say: allowed values of fields
 * (the v2 documents carry no {@code enum}), fields that validation requires ({@code image} of a container), and
 * kind-specific narrowing such as the pod template of a Deployment accepting only {@code restartPolicy: Always}.
 * Each rule is one entry of {@code src/main/overlays/api-validation.json}.
 */
public final class ApiValidationOverlay {

    /**
     * One rule: at {@code path} below a definition (property names, {@code *} for list items), restrict the value
     * to {@code enumValues} and/or require {@code required} fields; {@code reason} says why, for messages.
     */
    public record Rule(String definition, List<String> path, List<String> enumValues, List<String> required,
                       String reason) {
    }

    private final List<Rule> rules;

    /** An overlay made of the given rules. */
    public ApiValidationOverlay(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the overlay file. */
    public static ApiValidationOverlay read(Path file, JsonMapper json) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<Rule> rules = new ArrayList<>();
            for (JsonNode rule : json.readTree(in).required("rules")) {
                rules.add(new Rule(rule.required("definition").asString(), strings(rule.path("path")),
                        strings(rule.path("enum")), strings(rule.path("required")),
                        rule.path("reason").asString(null)));
            }
            return new ApiValidationOverlay(rules);
        }
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Applies every rule whose definition and first path step exist in these OpenAPI definitions (a field may be
     * newer than the oldest bundled version), changing them in place; returns the rules that applied.
     */
    public List<Rule> applyTo(ObjectNode definitions) {
        List<Rule> applied = new ArrayList<>();
        for (Rule rule : rules) {
            JsonNode definition = definitions.get(rule.definition());
            if (definition instanceof ObjectNode target && (rule.path().isEmpty()
                    || definition.path("properties").has(rule.path().get(0)))) {
                apply(rule, target);
                applied.add(rule);
            }
        }
        return applied;
    }

    private static void apply(Rule rule, ObjectNode definition) {
        ObjectNode node = definition;
        for (String step : rule.path()) {
            // Below a $ref the steps create sibling `properties` that narrow the referenced definition.
            node = step.equals("*") ? node.withObjectProperty("items")
                    : node.withObjectProperty("properties").withObjectProperty(step);
        }
        if (!rule.enumValues().isEmpty()) {
            ArrayNode values = node.putArray("enum");
            rule.enumValues().forEach(values::add);
        }
        if (!rule.required().isEmpty()) {
            ArrayNode required = node.withArrayProperty("required");
            rule.required().stream().filter(name -> !containsString(required, name)).forEach(required::add);
        }
        if (rule.reason() != null) {
            node.put(StrictSchemas.REASON, rule.reason());
        }
    }

    private static boolean containsString(ArrayNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asString())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
