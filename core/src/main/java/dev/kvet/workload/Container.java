package dev.kvet.workload;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;

/**
 * One container of a pod template, wherever it is declared.
 *
 * @param template the pod template it belongs to
 * @param kind     init, app or ephemeral
 * @param index    its index in its list
 * @param node     its map
 * @param pointer  its pointer relative to the owning object
 */
public record Container(PodTemplate template, ContainerKind kind, int index, YamlMap node, JsonPointer pointer) {

    /** The container's name, or null. */
    public String name() {
        return node.string("name");
    }

    /**
     * Whether this is a sidecar: an init container with {@code restartPolicy: Always}, which keeps running
     * beside the app containers.
     */
    public boolean isSidecar() {
        return kind == ContainerKind.INIT && node.get("restartPolicy") instanceof YamlScalar policy
                && "Always".equals(policy.text());
    }

    /** The pointer to one of the container's fields. */
    public JsonPointer pointer(String field) {
        return pointer.child(field);
    }
}
