package dev.kvet.rules.declarative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Decides a condition made only of {@code properties} and {@code required} from the member names of an object,
 * when they suffice: {@code required} fails for an object that lacks one of its names, and {@code properties}
 * constrains only the members present. Most targets lack most of the fields rules look at, and such a verdict
 * spares the validator.
 */
final class PresenceTest {

    /** What the member names say about the condition. */
    enum Verdict { HOLDS, FAILS, UNKNOWN }

    private final Set<String> constrained;
    private final List<String> required;

    private PresenceTest(Set<String> constrained, List<String> required) {
        this.constrained = constrained;
        this.required = required;
    }

    /** The test of a condition, or empty when the condition has other keywords. */
    static Optional<PresenceTest> of(JsonNode condition) {
        if (!condition.isObject() || condition.isEmpty()) {
            return Optional.empty();
        }
        JsonNode properties = condition.get("properties");
        JsonNode required = condition.get("required");
        int keywords = (properties == null ? 0 : 1) + (required == null ? 0 : 1);
        if (keywords != condition.size() || (properties != null && !properties.isObject())
                || (required != null && !required.isArray())) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        if (required != null) {
            for (JsonNode name : required) {
                if (!name.isString()) {
                    return Optional.empty();
                }
                names.add(name.stringValue());
            }
        }
        return Optional.of(new PresenceTest(properties == null ? Set.of() : Set.copyOf(properties.propertyNames()),
                List.copyOf(names)));
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
        for (String name : constrained) {
            if (target.has(name)) {
                return Verdict.UNKNOWN;
            }
        }
        return Verdict.HOLDS;
    }
}
