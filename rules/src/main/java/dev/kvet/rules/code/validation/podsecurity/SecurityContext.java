package dev.kvet.rules.code.validation.podsecurity;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;

/**
 * The security context of a pod or of one of its containers, the two places most checks read, named as the
 * admission's messages name them.
 *
 * @param node    the securityContext map, or null when the manifest has none
 * @param pointer where it is or belongs, relative to the owning object
 * @param owner   {@code the pod} or {@code container "web"}
 */
record SecurityContext(YamlMap node, JsonPointer pointer, String owner) {

    static SecurityContext of(PodTemplate pod) {
        YamlMap spec = pod.spec();
        return new SecurityContext(spec == null ? null : spec.map("securityContext"),
                pod.specField("securityContext"), "the pod");
    }

    static SecurityContext of(Container container) {
        return new SecurityContext(container.node().map("securityContext"), container.pointer("securityContext"),
                "container \"" + container.name() + "\"");
    }

    /** The field's node, or null. */
    YamlNode get(String field) {
        return node == null ? null : node.get(field);
    }

    /** A map field, or null. */
    YamlMap map(String field) {
        return node == null ? null : node.map(field);
    }

    /** Where a field of the context is or belongs. */
    JsonPointer pointer(String... fields) {
        JsonPointer result = pointer;
        for (String field : fields) {
            result = result.child(field);
        }
        return result;
    }

    /** Whether the node is the boolean true. */
    static boolean isTrue(YamlNode node) {
        return node instanceof YamlScalar scalar && Boolean.TRUE.equals(scalar.value().value());
    }

    /** Whether the node is the boolean false. */
    static boolean isFalse(YamlNode node) {
        return node instanceof YamlScalar scalar && Boolean.FALSE.equals(scalar.value().value());
    }

    /** Whether the node is set to something other than null. */
    static boolean isSet(YamlNode node) {
        return node != null && !(node instanceof YamlScalar scalar && scalar.isNull());
    }

    /** The text of a scalar node, the empty string otherwise (as Go reads an unset string). */
    static String text(YamlNode node) {
        return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.text() : "";
    }

    /** The text of a map's scalar field, the empty string otherwise. */
    static String text(YamlMap map, String field) {
        return map == null ? "" : text(map.get(field));
    }
}
