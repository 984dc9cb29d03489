package dev.kvet.schedule.inventory;

import dev.kvet.object.KubeObject;
import dev.kvet.resource.ResourceList;
import java.util.List;
import java.util.Map;

/**
 * A node of the inventory, as the scheduler sees it.
 *
 * @param name           metadata.name
 * @param labels         metadata.labels, with {@code kubernetes.io/hostname} set as the kubelet sets it
 * @param taints         spec.taints
 * @param unschedulable  spec.unschedulable (a cordoned node)
 * @param capacity       status.capacity
 * @param allocatable    status.allocatable, given or derived from capacity
 * @param allowedPods    the {@code pods} allocatable: how many pods the node takes
 * @param evictionMemory the kubelet's hard eviction threshold for memory.available, in bytes
 * @param source         the inventory object it was read from (a Node, or the NodePool it belongs to)
 */
public record Node(String name, Map<String, String> labels, List<Taint> taints, boolean unschedulable,
                   ResourceList capacity, ResourceList allocatable, long allowedPods, long evictionMemory,
                   KubeObject source) {

    /** The label every kubelet sets to the node's name. */
    public static final String HOSTNAME_LABEL = "kubernetes.io/hostname";

    public Node {
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
    }
}
