package dev.kvet.schedule;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import java.util.List;

/**
 * Where one pod went, or why it could not go anywhere.
 *
 * @param pod     the pod
 * @param node    its node, or null when it does not run
 * @param reasons for a pod that does not run, kube-scheduler's reason histogram ({@code 2 Insufficient memory}),
 *                sorted, or the kubelet's reason
 * @param message for a pod that does not run, kube-scheduler's or the kubelet's message; else null
 * @param refused whether the kubelet of the node the pod names in spec.nodeName refuses it (else a pod that does
 *                not run stays Pending)
 */
public record Placement(Pod pod, Node node, List<String> reasons, String message, boolean refused) {

    public Placement {
        reasons = List.copyOf(reasons);
    }

    /** A pod placed on a node. */
    public static Placement on(Pod pod, Node node) {
        return new Placement(pod, node, List.of(), null, false);
    }

    /** A pod that stays Pending, and why. */
    public static Placement pending(Pod pod, List<String> reasons, String message) {
        return new Placement(pod, null, reasons, message, false);
    }

    /** A pod that the kubelet of the node it names refuses, and why. */
    public static Placement refused(Pod pod, List<String> reasons, String message) {
        return new Placement(pod, null, reasons, message, true);
    }

    /** Whether the pod runs on a node. */
    public boolean placed() {
        return node != null;
    }

    /** Whether the pod stays Pending: no node fits it, or the node it names is not in the inventory. */
    public boolean pending() {
        return node == null && !refused;
    }

    /** The pod's fate in one word, as the JSON output says it: scheduled, pending or refused. */
    public String status() {
        return node != null ? "scheduled" : refused ? "refused" : "pending";
    }

    /** What the pod's row of a table says where the node goes: the node's name, Pending or Refused. */
    public String where() {
        return node != null ? node.name() : refused ? "Refused" : "Pending";
    }
}
