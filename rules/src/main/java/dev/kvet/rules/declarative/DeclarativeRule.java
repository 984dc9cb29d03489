package dev.kvet.rules.declarative;

import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.kvet.document.JsonTree;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.catalogue.InvalidRuleException;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.catalogue.RuleTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A rule whose condition is a JSON Schema that every passing target satisfies, compiled once with its
 * configured parameters. Safe to use from several threads.
 */
public final class DeclarativeRule {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** Compiled conditions by their text after parameter substitution: compiled once per process, shared by runs. */
    private static final Map<JsonNode, Schema> CONDITIONS = new ConcurrentHashMap<>();
    private static final Set<String> FACTS = Set.of("name", "target", "kind", "object", "value", "field", "entry");

    private final RuleDefinition definition;
    private final Severity severity;
    private final Schema condition;
    /** The pod specs whose containers pass whatever they hold, or null. */
    private final Schema unlessPod;
    /** Decides the condition from member names alone when it can, or null. */
    private final PresenceTest presence;
    private final MessageTemplate message;
    private final Map<String, String> parameterTexts = new HashMap<>();

    private DeclarativeRule(RuleDefinition definition, Severity severity, Schema condition, Schema unlessPod,
                            PresenceTest presence, MessageTemplate message, Map<String, JsonNode> parameters) {
        this.definition = definition;
        this.severity = severity;
        this.condition = condition;
        this.unlessPod = unlessPod;
        this.presence = presence;
        this.message = message;
        parameters.forEach((name, value) -> parameterTexts.put(name, value.isString() ? value.stringValue()
                : value.toString()));
    }

    /**
     * Compiles a declarative rule: {@code "{{name}}"} strings in its condition become the parameter's value.
     *
     * @throws InvalidRuleException when the condition or message is malformed
     */
    public static DeclarativeRule compile(RuleDefinition definition, Severity severity, Map<String, JsonNode> parameters) {
        String file = definition.id() + "/rule.yaml";
        Set<String> allowed = new HashSet<>(FACTS);
        allowed.addAll(parameters.keySet());
        MessageTemplate message;
        try {
            message = MessageTemplate.parse(definition.message(), allowed);
        } catch (RuntimeException e) {
            throw new InvalidRuleException(file, "message", e.getMessage());
        }
        try {
            JsonNode condition = Parameters.substitute(definition.condition(), parameters);
            Schema schema = CONDITIONS.computeIfAbsent(condition, DeclarativeRule::compileCondition);
            Schema unlessPod = definition.unlessPod() == null ? null : CONDITIONS.computeIfAbsent(
                    Parameters.substitute(definition.unlessPod(), parameters), DeclarativeRule::compileCondition);
            return new DeclarativeRule(definition, severity, schema, unlessPod, PresenceTest.of(condition).orElse(null),
                    message, parameters);
        } catch (RuntimeException e) {
            throw new InvalidRuleException(file, "condition", e.getMessage());
        }
    }

    /** A place in a condition where it breaks the JSON Schema meta-schema, and how. */
    public record ConditionError(JsonPointer place, String message) {
    }

    /**
     * The first place where a rule's condition, with its default parameters put in, is no valid JSON Schema
     * (2020-12); empty when it is one. The engine itself skips this check for speed: only user rules need it.
     *
     * @throws InvalidRuleException when the condition names a parameter the rule does not have
     */
    public static Optional<ConditionError> conditionError(RuleDefinition definition) {
        JsonNode condition;
        try {
            condition = Parameters.substitute(definition.condition(), definition.parameters());
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(definition.id(), "condition", e.getMessage());
        }
        return MetaSchema.SCHEMA.validate(condition).stream()
                .map(error -> new ConditionError(pointer(error.getInstanceLocation()), error.getMessage()))
                .findFirst();
    }

    private static Schema compileCondition(JsonNode condition) {
        Schema schema = SCHEMAS.getSchema(condition);
        schema.initializeValidators();
        return schema;
    }

    /** The rule's id. */
    public String id() {
        return definition.id();
    }

    /** What the rule examines. */
    public List<RuleTarget> targets() {
        return definition.targets();
    }

    /**
     * Reports a finding when the target's JSON form does not satisfy the condition: at the rule's {@code at}
     * pointer, or else at each innermost place where the condition failed (one finding per list item at fault).
     */
    public void check(KubeObject object, RuleTarget.Node target, JsonNode json, Consumer<Finding> findings) {
        if (!definition.examines(object.kind(), target) || holds(json) || podExempts(object, target)) {
            return;
        }
        List<JsonPointer> places = definition.at() != null ? List.of(definition.at())
                : innermost(condition.validate(json));
        for (JsonPointer place : places) {
            JsonPointer relative = target.pointer().append(place);
            Map<String, String> facts = new HashMap<>(parameterTexts);
            String name = target.name() == null ? "(unnamed)" : target.name();
            facts.put("name", name);
            facts.put("kind", object.kind());
            facts.put("target", target.containerKind() != null ? "container '" + name + "'"
                    : object.kind() + " '" + name + "'");
            facts.put("object", object.ref().display());
            if (object.node(relative) instanceof YamlScalar scalar) {
                facts.put("value", scalar.text());
            }
            field(place).ifPresent(field -> facts.put("field", field));
            entry(object, target.pointer(), place).ifPresent(entry -> facts.put("entry", entry));
            findings.accept(object.findingAtKey(relative, severity, definition.id(), message.render(facts),
                    definition.remediation()));
        }
    }

    /** Whether the target is a container whose pod spec satisfies {@code unlessPod}. */
    private boolean podExempts(KubeObject object, RuleTarget.Node target) {
        // a container's pointer is .../spec/containers/N: its pod spec is two levels up
        return unlessPod != null && target.containerKind() != null
                && object.node(target.pointer().parent().parent()) instanceof YamlMap pod
                && Boolean.TRUE.equals(unlessPod.validate(JsonTree.of(pod), OutputFormat.BOOLEAN));
    }

    /** The member the place is in: its last token that is no list index. */
    private static Optional<String> field(JsonPointer place) {
        List<String> tokens = place.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!isIndex(tokens.get(i))) {
                return Optional.of(tokens.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code name} of the innermost list item inside the target that holds the place, such as the env var
     * or volume at fault, so that a message can say which one without quoting a value.
     */
    private static Optional<String> entry(KubeObject object, JsonPointer target, JsonPointer place) {
        for (JsonPointer at = place; !at.isRoot(); at = at.parent()) {
            if (isIndex(at.last()) && object.node(target.append(at)) instanceof YamlMap item
                    && item.get("name") instanceof YamlScalar name) {
                return Optional.of(name.text());
            }
        }
        return Optional.empty();
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private boolean holds(JsonNode json) {
        PresenceTest.Verdict verdict = presence == null ? PresenceTest.Verdict.UNKNOWN : presence.verdict(json);
        return verdict == PresenceTest.Verdict.UNKNOWN ? Boolean.TRUE.equals(condition.validate(json, OutputFormat.BOOLEAN))
                : verdict == PresenceTest.Verdict.HOLDS;
    }

    /** The places where the condition failed that contain no other such place, in document order. */
    private static List<JsonPointer> innermost(List<Error> errors) {
        Set<JsonPointer> places = new LinkedHashSet<>();
        for (Error error : errors) {
            places.add(pointer(error.getInstanceLocation()));
        }
        List<JsonPointer> innermost = new ArrayList<>();
        for (JsonPointer place : places) {
            if (places.stream().noneMatch(other -> isAncestor(place, other))) {
                innermost.add(place);
            }
        }
        return innermost;
    }

    private static boolean isAncestor(JsonPointer ancestor, JsonPointer other) {
        List<String> tokens = other.tokens();
        return tokens.size() > ancestor.tokens().size()
                && tokens.subList(0, ancestor.tokens().size()).equals(ancestor.tokens());
    }

    /** The JSON Schema 2020-12 meta-schema, which the validator bundles, compiled on first use. */
    private static final class MetaSchema {
        static final Schema SCHEMA =
                SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }

    private static JsonPointer pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.ROOT;
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer = pointer.child(String.valueOf(path.getElement(i)));
        }
        return pointer;
    }
}
