package dev.kvet.rules.code.support;

import dev.kvet.object.LabelSelector;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.Optional;
import java.util.Set;

/**
 * The selector by which a workload controller finds its pods.
 *
 * @param selector the selector
 * @param pointer  where it is written, relative to the workload
 */
public record WorkloadSelector(LabelSelector selector, JsonPointer pointer) {

    private static final JsonPointer SPEC_SELECTOR = JsonPointer.of("spec", "selector");
    private static final Set<String> WITH_LABEL_SELECTOR =
            Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job");

    /** The selector of a Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or ReplicationController, if written. */
    public static Optional<WorkloadSelector> of(KubeObject workload) {
        if (!(workload.node(SPEC_SELECTOR) instanceof YamlMap map)) {
            return Optional.empty();
        }
        if (WITH_LABEL_SELECTOR.contains(workload.kind())) {
            return Optional.of(new WorkloadSelector(LabelSelector.of(map), SPEC_SELECTOR));
        }
        if ("ReplicationController".equals(workload.kind())) {
            return Optional.of(new WorkloadSelector(LabelSelector.ofMap(map), SPEC_SELECTOR));
        }
        return Optional.empty();
    }
}
