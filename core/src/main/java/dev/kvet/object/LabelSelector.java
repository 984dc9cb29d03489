package dev.kvet.object;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code metav1.LabelSelector} as Kubernetes evaluates it: every matchLabels pair and every matchExpressions
 * requirement (In, NotIn, Exists, DoesNotExist) must hold. An empty selector matches every object; the absent
 * one ({@link #NONE}) matches none, as in affinity terms and topology spread constraints. A Service's or
 * ReplicationController's plain map selector is a selector with matchLabels only ({@link #ofMap}).
 *
 * @param matchLabels    the required key/value pairs
 * @param requirements   the matchExpressions
 * @param matchesNothing whether this is the absent selector
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> requirements, boolean matchesNothing) {

    /** The absent selector, which matches nothing. */
    public static final LabelSelector NONE = new LabelSelector(Map.of(), List.of(), true);

    /**
     * One matchExpressions item.
     *
     * @param key      the label key
     * @param operator In, NotIn, Exists or DoesNotExist (anything else matches nothing, as validation forbids it)
     * @param values   the values of In and NotIn
     */
    public record Requirement(String key, String operator, List<String> values) {

        /** Whether an object with these labels satisfies the requirement. */
        public boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
        }
    }

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        requirements = List.copyOf(requirements);
    }

    /** Reads a selector map with matchLabels and matchExpressions; an absent map gives {@link #NONE}. */
    public static LabelSelector of(YamlMap selector) {
        if (selector == null) {
            return NONE;
        }
        List<Requirement> requirements = new ArrayList<>();
        YamlList expressions = selector.list("matchExpressions");
        if (expressions != null) {
            for (YamlNode item : expressions.items()) {
                if (item instanceof YamlMap expression && expression.string("key") != null) {
                    requirements.add(new Requirement(expression.string("key"),
                            String.valueOf(expression.string("operator")), Labels.values(expression.list("values"))));
                }
            }
        }
        return new LabelSelector(Labels.of(selector.map("matchLabels")), requirements, false);
    }

    /** A plain key/value selector (Service, ReplicationController). */
    public static LabelSelector ofMap(YamlMap map) {
        return new LabelSelector(Labels.of(map), List.of(), false);
    }

    /** This selector with one more requirement (a topology spread constraint's matchLabelKeys adds one per key). */
    public LabelSelector and(Requirement requirement) {
        List<Requirement> all = new ArrayList<>(requirements);
        all.add(requirement);
        return new LabelSelector(matchLabels, all, matchesNothing);
    }

    /** Whether the selector has no terms at all; an empty selector selects everything (or, for a Service, nothing). */
    public boolean isEmpty() {
        return matchLabels.isEmpty() && requirements.isEmpty();
    }

    /** Whether an object with these labels is selected. */
    public boolean matches(Map<String, String> labels) {
        if (matchesNothing) {
            return false;
        }
        for (Map.Entry<String, String> pair : matchLabels.entrySet()) {
            if (!pair.getValue().equals(labels.get(pair.getKey()))) {
                return false;
            }
        }
        for (Requirement requirement : requirements) {
            if (!requirement.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** The selector in kubectl's {@code -l} syntax, for messages. */
    @Override
    public String toString() {
        List<String> terms = new ArrayList<>();
        matchLabels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(pair -> terms.add(pair.getKey() + "=" + pair.getValue()));
        for (Requirement requirement : requirements) {
            terms.add(switch (requirement.operator()) {
                case "Exists" -> requirement.key();
                case "DoesNotExist" -> "!" + requirement.key();
                default -> requirement.key() + " " + requirement.operator().toLowerCase(Locale.ROOT)
                        + " (" + String.join(",", requirement.values()) + ")";
            });
        }
        return String.join(",", terms);
    }
}
