package dev.kvet.rules.catalogue;

import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a rule examines: every container of a pod, every pod spec, every pod template (metadata and spec), or
 * whole objects of one kind, optionally of one API group ({@code apps/Deployment}).
 *
 * @param shape the workload shape, or null when the target is a kind
 * @param group the API group a kind target requires, or null for any group
 * @param kind  the kind of a kind target, or null
 */
public record RuleTarget(Shape shape, String group, String kind) {

    /** The views of a pod that every workload kind shares. */
    public enum Shape { CONTAINER, POD_SPEC, POD_TEMPLATE }

    /** Parses {@code Container}, {@code PodSpec}, {@code PodTemplate}, {@code Kind} or {@code group/Kind}. */
    public static RuleTarget parse(String text) {
        switch (text) {
            case "Container":
                return new RuleTarget(Shape.CONTAINER, null, null);
            case "PodSpec":
                return new RuleTarget(Shape.POD_SPEC, null, null);
            case "PodTemplate":
                return new RuleTarget(Shape.POD_TEMPLATE, null, null);
            default:
                break;
        }
        int slash = text.lastIndexOf('/');
        String kind = text.substring(slash + 1);
        if (kind.isEmpty() || !Character.isUpperCase(kind.charAt(0)) || !kind.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("target '" + text + "' is neither Container, PodSpec, PodTemplate "
                    + "nor a kind such as Service or apps/Deployment");
        }
        return new RuleTarget(null, slash < 0 ? null : text.substring(0, slash), kind);
    }

    /**
     * One thing a rule examines inside an object.
     *
     * @param pointer       where it is, relative to the object
     * @param map           its map
     * @param name          the name messages call it by: the container's, else the object's
     * @param containerKind {@code init}, {@code sidecar}, {@code app} or {@code ephemeral} for a container, else null
     */
    public record Node(JsonPointer pointer, YamlMap map, String name, String containerKind) {
    }

    /** The kinds of containers a rule can be limited to with its {@code containers} field. */
    public static final List<String> CONTAINER_KINDS = List.of("init", "sidecar", "app", "ephemeral");

    /** Every node of the object this target designates, in file order. */
    public List<Node> select(KubeObject object) {
        if (shape == null) {
            boolean matches = kind.equals(object.kind()) && (group == null || group.equals(object.group()));
            return matches ? List.of(new Node(JsonPointer.ROOT, object.root(), object.name(), null)) : List.of();
        }
        PodTemplate template = PodTemplate.of(object).orElse(null);
        if (template == null) {
            return List.of();
        }
        return switch (shape) {
            case CONTAINER -> containers(template);
            case POD_SPEC -> one(object, template.specPointer(), object.name());
            case POD_TEMPLATE -> one(object, template.specPointer().parent(), object.name());
        };
    }

    private static List<Node> containers(PodTemplate template) {
        List<Node> nodes = new ArrayList<>();
        for (Container container : template.containers()) {
            String kind = container.isSidecar() ? "sidecar" : container.kind().name().toLowerCase(Locale.ROOT);
            nodes.add(new Node(container.pointer(), container.node(), container.name(), kind));
        }
        return nodes;
    }

    private static List<Node> one(KubeObject object, JsonPointer pointer, String name) {
        return object.node(pointer) instanceof YamlMap map ? List.of(new Node(pointer, map, name, null)) : List.of();
    }

    // equals and hashCode are written out: a record's generated ones are linked at their first call through
    // method handles (ObjectMethods), about 10 ms each in a cold start (README: Benchmarks).
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleTarget target && shape == target.shape && Objects.equals(group, target.group)
                && Objects.equals(kind, target.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape, group, kind);
    }

    @Override
    public String toString() {
        if (shape != null) {
            return switch (shape) {
                case CONTAINER -> "Container";
                case POD_SPEC -> "PodSpec";
                case POD_TEMPLATE -> "PodTemplate";
            };
        }
        return group == null ? kind : group + "/" + kind;
    }
}
