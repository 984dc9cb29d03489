package dev.kvet.rules.declarative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Decides a condition made of {@code properties} and {@code required}, at any depth, from which members an
 * object has, when they suffice: {@code required} fails for an object that lacks one of its names, and
 * {@code properties} constrains only the members present. Most targets lack most of the fields rules look at,
 * and such a verdict spares the validator; any other keyword leaves the verdict to it.
 */
final class PresenceTest {

    /** What the member names say about the condition. */
    enum Verdict { HOLDS, FAILS, UNKNOWN }

    /** Each constrained member's test, or null for a member whose schema has other keywords. */
    private final Map<String, PresenceTest> constrained;
    private final List<String> required;

    private PresenceTest(Map<String, PresenceTest> constrained, List<String> required) {
        this.constrained = constrained;
        this.required = required;
    }

    /** The test of a condition, or empty when its top level has other keywords or none. */
    static Optional<PresenceTest> of(JsonNode condition) {
        return condition.isEmpty() ? Optional.empty() : Optional.ofNullable(test(condition));
    }

    private static PresenceTest test(JsonNode schema) {
        if (!schema.isObject()) {
            return null;
        }
        JsonNode properties = schema.get("properties");
        JsonNode required = schema.get("required");
        int keywords = (properties == null ? 0 : 1) + (required == null ? 0 : 1);
        if (keywords != schema.size() || (properties != null && !properties.isObject())
                || (required != null && !required.isArray())) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (required != null) {
            for (JsonNode name : required) {
                if (!name.isString()) {
                    return null;
                }
                names.add(name.stringValue());
            }
        }
        Map<String, PresenceTest> members = new LinkedHashMap<>();
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                members.put(property.getKey(), test(property.getValue()));
            }
        }
        return new PresenceTest(members, List.copyOf(names));
    }

    /** The verdict on a target's JSON form. */
    Verdict verdict(JsonNode target) {
        if (target == null || !target.isObject()) {
            return Verdict.UNKNOWN;
        }
        for (String name : required) {
            if (!target.has(name)) {
                return Verdict.FAILS;
            }
        }
        Verdict verdict = Verdict.HOLDS;
        for (Map.Entry<String, PresenceTest> member : constrained.entrySet()) {
            JsonNode value = target.get(member.getKey());
            if (value == null) {
                continue;
            }
            Verdict memberVerdict = member.getValue() == null ? Verdict.UNKNOWN : member.getValue().verdict(value);
            if (memberVerdict == Verdict.FAILS) {
                return Verdict.FAILS;
            }
            if (memberVerdict == Verdict.UNKNOWN) {
                verdict = Verdict.UNKNOWN;
            }
        }
        return verdict;
    }
}
