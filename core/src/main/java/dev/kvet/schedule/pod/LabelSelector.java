package dev.kvet.schedule.pod;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.schedule.yaml.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code metav1.LabelSelector}: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), all ANDed.
 * An empty selector matches every object; an absent one ({@link #NONE}) matches none, as in affinity terms and
 * topology spread constraints.
 *
 * @param matchLabels      labels that must be equal
 * @param matchExpressions requirements on labels
 * @param matchesNothing   whether this is the absent selector
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions,
                            boolean matchesNothing) {

    /** The absent selector, which matches nothing. */
    public static final LabelSelector NONE = new LabelSelector(Map.of(), List.of(), true);

    /**
     * One matchExpressions entry.
     *
     * @param key      the label key
     * @param operator In, NotIn, Exists or DoesNotExist
     * @param values   the values for In and NotIn
     */
    public record Requirement(String key, String operator, List<String> values) {

        /** Whether labels satisfy the requirement; an unknown operator matches nothing, as validation forbids it. */
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
        matchExpressions = List.copyOf(matchExpressions);
    }

    /** Reads a selector map; null gives {@link #NONE}. */
    public static LabelSelector of(YamlMap map) {
        if (map == null) {
            return NONE;
        }
        List<Requirement> requirements = new ArrayList<>();
        YamlList expressions = map.list("matchExpressions");
        if (expressions != null) {
            for (YamlNode item : expressions.items()) {
                if (item instanceof YamlMap expression) {
                    requirements.add(new Requirement(Labels.text(expression, "key"),
                            String.valueOf(Labels.text(expression, "operator")), strings(expression.list("values"))));
                }
            }
        }
        return new LabelSelector(Labels.of(map.map("matchLabels")), requirements, false);
    }

    /** The scalar items of a list as strings. */
    static List<String> strings(YamlList list) {
        if (list == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                values.add(scalar.text());
            }
        }
        return values;
    }

    /** This selector with one more requirement (matchLabelKeys adds one per key). */
    public LabelSelector and(Requirement requirement) {
        List<Requirement> all = new ArrayList<>(matchExpressions);
        all.add(requirement);
        return new LabelSelector(matchLabels, all, matchesNothing);
    }

    /** Whether an object with these labels is selected. */
    public boolean matches(Map<String, String> labels) {
        if (matchesNothing) {
            return false;
        }
        for (Map.Entry<String, String> label : matchLabels.entrySet()) {
            if (!label.getValue().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (Requirement requirement : matchExpressions) {
            if (!requirement.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
