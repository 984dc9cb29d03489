package dev.kvet.schedule;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import java.util.List;

/**
 * Where one pod went, or why it could not go anywhere.
 *
 * @param pod     the pod
 * @param node    its node, or null when it stays Pending
 * @param reasons for a pending pod, kube-scheduler's reason histogram ({@code 2 Insufficient memory}), sorted
 * @param message for a pending pod, kube-scheduler's message; else null
 */
public record Placement(Pod pod, Node node, List<String> reasons, String message) {

    public Placement {
        reasons = List.copyOf(reasons);
    }

    /** Whether the pod found no node. */
    public boolean pending() {
        return node == null;
    }
}
