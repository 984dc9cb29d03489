package dev.kvet.schedule.pod;

import dev.kvet.object.Labels;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.yaml.Scalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One term of a node selector ({@code nodeSelectorTerms[]}, or a preferred term's {@code preference}):
 * matchExpressions on node labels and matchFields on {@code metadata.name}, all ANDed. A term with neither
 * matches no node, as in k8s.io/component-helpers/scheduling/corev1/nodeaffinity.
 *
 * @param matchExpressions requirements on labels
 * @param matchFields      requirements on fields (only metadata.name exists)
 */
public record NodeSelectorTerm(List<Requirement> matchExpressions, List<Requirement> matchFields) {

    /**
     * A node selector requirement.
     *
     * @param key      the label key, or the field {@code metadata.name}
     * @param operator In, NotIn, Exists, DoesNotExist, Gt or Lt
     * @param values   the operands
     */
    public record Requirement(String key, String operator, List<String> values) {

        /** Whether the value (null when the label is absent) satisfies the requirement. */
        public boolean matches(String value) {
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                case "Gt", "Lt" -> compares(value);
                default -> false;
            };
        }

        private boolean compares(String value) {
            if (value == null || values.size() != 1) {
                return false;
            }
            try {
                long actual = Long.parseLong(value);
                long operand = Long.parseLong(values.get(0));
                return "Gt".equals(operator) ? actual > operand : actual < operand;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    public NodeSelectorTerm {
        matchExpressions = List.copyOf(matchExpressions);
        matchFields = List.copyOf(matchFields);
    }

    /** The term that pins a pod to one node, as the DaemonSet controller writes it. */
    public static NodeSelectorTerm nodeName(String name) {
        return new NodeSelectorTerm(List.of(), List.of(new Requirement("metadata.name", "In", List.of(name))));
    }

    /** Reads a term map. */
    public static NodeSelectorTerm of(YamlMap map) {
        return new NodeSelectorTerm(requirements(map.list("matchExpressions")), requirements(map.list("matchFields")));
    }

    private static List<Requirement> requirements(YamlList list) {
        List<Requirement> requirements = new ArrayList<>();
        if (list != null) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMap requirement) {
                    requirements.add(new Requirement(String.valueOf(Scalars.text(requirement, "key")),
                            String.valueOf(Scalars.text(requirement, "operator")),
                            Labels.values(requirement.list("values"))));
                }
            }
        }
        return requirements;
    }

    /** Whether the node satisfies every requirement of the term. */
    public boolean matches(Node node) {
        if (matchExpressions.isEmpty() && matchFields.isEmpty()) {
            return false;
        }
        Map<String, String> labels = node.labels();
        for (Requirement requirement : matchExpressions) {
            if (!requirement.matches(labels.get(requirement.key()))) {
                return false;
            }
        }
        for (Requirement requirement : matchFields) {
            String field = "metadata.name".equals(requirement.key()) ? node.name() : null;
            if (field == null || !requirement.matches(field)) {
                return false;
            }
        }
        return true;
    }
}
