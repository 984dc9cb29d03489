package dev.kvet.rules.catalogue;

import dev.kvet.document.JsonTree;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Reads one {@code rule.yaml} into a {@link RuleDefinition}, refusing anything it does not understand. */
public final class RuleFile {

    private static final Set<String> FIELDS = Set.of("id", "title", "severity", "enabled", "targets", "description",
            "remediation", "parameters", "condition", "message", "at", "unlessPod", "implementation", "kinds", "containers");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");

    private RuleFile() {
    }

    /**
     * Parses the rule of the folder {@code folderId} ({@code category/name}).
     *
     * @throws InvalidRuleException when the file is not a valid rule
     */
    public static RuleDefinition parse(String folderId, String text, List<String> fixtures) {
        return read(folderId, tree(folderId, text), fixtures);
    }

    /**
     * The JSON form of the rule file of the folder {@code folderId}, unchecked but for being one YAML document.
     *
     * @throws InvalidRuleException when the text is not one well-formed YAML document
     */
    public static JsonNode tree(String folderId, String text) {
        String file = folderId + "/rule.yaml";
        ParsedFile parsed = new ManifestParser().parse(file, text.getBytes(StandardCharsets.UTF_8));
        if (!parsed.findings().isEmpty()) {
            Finding first = parsed.findings().get(0);
            throw new InvalidRuleException(file, "line " + first.span().line() + ": " + first.message());
        }
        if (parsed.documents().size() != 1) {
            throw new InvalidRuleException(file, "must hold exactly one YAML document");
        }
        return JsonTree.of(parsed.documents().get(0).root());
    }

    /**
     * Reads the rule of the folder {@code folderId} from the JSON form of its rule file.
     *
     * @throws InvalidRuleException when the tree is not a valid rule
     */
    public static RuleDefinition read(String folderId, JsonNode root, List<String> fixtures) {
        return read(folderId + "/rule.yaml", folderId, root, fixtures);
    }

    /**
     * Reads a rule from the JSON form of a rule file.
     *
     * @param file       the file's name for messages
     * @param expectedId the id the rule must have (its folder's), or null for any kebab-case {@code category/name}
     * @throws InvalidRuleException when the tree is not a valid rule
     */
    public static RuleDefinition read(String file, String expectedId, JsonNode root, List<String> fixtures) {
        if (!root.isObject()) {
            throw new InvalidRuleException(file, "must be a map of fields");
        }
        Fields fields = new Fields(file, root);
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidRuleException(file, name, "unknown field '" + name + "' (known: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String id = fields.requiredString("id");
        if ((expectedId != null && !id.equals(expectedId)) || !ID.matcher(id).matches()) {
            throw new InvalidRuleException(file, "id", "id '" + id + "' must be the kebab-case category/name"
                    + (expectedId == null ? ", such as acme/required-labels" : " of its folder, " + expectedId));
        }
        JsonNode condition = root.get("condition");
        String implementation = fields.optionalString("implementation");
        if ((condition == null) == (implementation == null)) {
            throw new InvalidRuleException(file, "needs exactly one of 'condition' (declarative) and "
                    + "'implementation' (code)");
        }
        String message = fields.optionalString("message");
        String at = fields.optionalString("at");
        if (condition != null && (!condition.isObject() || message == null)) {
            throw new InvalidRuleException(file, message == null ? "message" : "condition",
                    "a declarative rule needs a 'condition' map and a 'message'");
        }
        JsonNode unlessPod = root.get("unlessPod");
        if (implementation != null && (message != null || at != null || unlessPod != null)) {
            throw new InvalidRuleException(file, "'message', 'at' and 'unlessPod' belong to declarative rules; a "
                    + "code rule writes its own messages");
        }
        List<RuleTarget> targets = fields.targets(condition != null);
        if (unlessPod != null && (!unlessPod.isObject()
                || !targets.equals(List.of(RuleTarget.parse("Container"))))) {
            throw new InvalidRuleException(file, "unlessPod", "'unlessPod' is a map (a JSON Schema on the pod spec) "
                    + "and needs targets: [Container]");
        }
        Set<String> containers = fields.strings("containers");
        if (!RuleTarget.CONTAINER_KINDS.containsAll(containers)) {
            throw new InvalidRuleException(file, "containers", "'containers' may list only "
                    + RuleTarget.CONTAINER_KINDS);
        }
        return new RuleDefinition(id, fields.requiredString("title"), fields.severity(), fields.enabled(), targets,
                fields.strings("kinds"), containers, fields.requiredString("description"), fields.requiredString("remediation"), fields.parameters(),
                condition, message, at == null ? null : pointer(file, at), unlessPod, implementation, fixtures);
    }

    private static JsonPointer pointer(String file, String at) {
        try {
            return JsonPointer.parse(at);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(file, "at", "'at' " + e.getMessage());
        }
    }

    /** Typed access to the fields of one rule file. */
    private record Fields(String file, JsonNode root) {

        String requiredString(String name) {
            String value = optionalString(name);
            if (value == null || value.isBlank()) {
                throw new InvalidRuleException(file, name, "needs a non-empty '" + name + "'");
            }
            return value.strip();
        }

        String optionalString(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                throw new InvalidRuleException(file, name, "'" + name + "' must be a string");
            }
            return node.stringValue();
        }

        Severity severity() {
            try {
                return Severity.parse(requiredString("severity"));
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException(file, "severity", e.getMessage());
            }
        }

        boolean enabled() {
            JsonNode node = root.get("enabled");
            if (node == null) {
                return true;
            }
            if (!node.isBoolean()) {
                throw new InvalidRuleException(file, "enabled", "'enabled' must be true or false");
            }
            return node.booleanValue();
        }

        List<RuleTarget> targets(boolean required) {
            JsonNode node = root.get("targets");
            if (node == null && !required) {
                return List.of();
            }
            if (node == null || !node.isArray() || node.isEmpty()) {
                throw new InvalidRuleException(file, "targets",
                        "needs 'targets', a non-empty list such as [Container]");
            }
            List<RuleTarget> targets = new ArrayList<>();
            for (JsonNode item : node.values()) {
                try {
                    targets.add(RuleTarget.parse(item.asString()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRuleException(file, "targets", e.getMessage());
                }
            }
            return targets;
        }

        Set<String> strings(String name) {
            JsonNode node = root.get(name);
            if (node == null) {
                return Set.of();
            }
            if (!node.isArray() || node.isEmpty() || !node.values().stream().allMatch(JsonNode::isString)) {
                throw new InvalidRuleException(file, name, "'" + name + "' must be a non-empty list of names");
            }
            return node.values().stream().map(JsonNode::stringValue).collect(Collectors.toSet());
        }

        Map<String, JsonNode> parameters() {
            JsonNode node = root.get("parameters");
            if (node == null) {
                return Map.of();
            }
            if (!node.isObject()) {
                throw new InvalidRuleException(file, "parameters",
                        "'parameters' must be a map of names to default values");
            }
            Map<String, JsonNode> parameters = new LinkedHashMap<>();
            node.properties().forEach(entry -> parameters.put(entry.getKey(), entry.getValue()));
            return parameters;
        }
    }
}
