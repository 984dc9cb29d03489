package dev.kvet.rules.code.support;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A label selector as Kubernetes evaluates it: every matchLabels pair and every matchExpressions requirement must
 * hold. A Service's or ReplicationController's plain map selector is a selector with matchLabels only.
 *
 * @param matchLabels  the required key/value pairs
 * @param requirements the matchExpressions
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> requirements) {

    /**
     * One matchExpressions item.
     *
     * @param key      the label key
     * @param operator In, NotIn, Exists or DoesNotExist (anything else matches nothing)
     * @param values   the values of In and NotIn
     */
    public record Requirement(String key, String operator, List<String> values) {

        /** Whether a pod with these labels satisfies the requirement. */
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

    /** A {@code metav1.LabelSelector} map with matchLabels and matchExpressions. */
    public static LabelSelector of(YamlMap selector) {
        List<Requirement> requirements = new ArrayList<>();
        YamlList expressions = selector.list("matchExpressions");
        if (expressions != null) {
            for (YamlNode item : expressions.items()) {
                if (item instanceof YamlMap expression && expression.string("key") != null) {
                    requirements.add(new Requirement(expression.string("key"),
                            String.valueOf(expression.string("operator")), strings(expression.list("values"))));
                }
            }
        }
        return new LabelSelector(Labels.of(selector.map("matchLabels")), requirements);
    }

    /** A plain key/value selector (Service, ReplicationController). */
    public static LabelSelector ofMap(YamlMap map) {
        return new LabelSelector(Labels.of(map), List.of());
    }

    /** Whether the selector has no terms at all; an empty selector selects everything (or, for a Service, nothing). */
    public boolean isEmpty() {
        return matchLabels.isEmpty() && requirements.isEmpty();
    }

    /** Whether an object with these labels is selected. */
    public boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> pair : matchLabels.entrySet()) {
            if (!pair.getValue().equals(labels.get(pair.getKey()))) {
                return false;
            }
        }
        return requirements.stream().allMatch(requirement -> requirement.matches(labels));
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

    private static List<String> strings(YamlList list) {
        List<String> values = new ArrayList<>();
        if (list != null) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    values.add(scalar.text());
                }
            }
        }
        return values;
    }
}
