package dev.kvet.schedule.snapshot;

import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.HostPort;
import dev.kvet.schedule.pod.Pod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node with what its placed pods take, as kube-scheduler's {@code NodeInfo} keeps it: updated as each pod
 * is placed, so later pods see earlier ones.
 */
public final class NodeInfo {

    private final Node node;
    private final int index;
    private final List<Pod> pods = new ArrayList<>();
    private final List<HostPort> usedPorts = new ArrayList<>();
    private ResourceList requested = ResourceList.EMPTY;
    private ResourceList nonZeroRequested = ResourceList.EMPTY;
    private ResourceList limits = ResourceList.EMPTY;

    /** An empty node at a position of the inventory. */
    public NodeInfo(Node node, int index) {
        this.node = node;
        this.index = index;
    }

    /** Takes a pod's resources and ports. */
    void add(Pod pod) {
        pods.add(pod);
        usedPorts.addAll(pod.spec().hostPorts());
        requested = requested.plus(pod.resources().requests());
        nonZeroRequested = nonZeroRequested.plus(pod.resources().nonZeroRequests());
        limits = limits.plus(pod.resources().limits());
    }

    /** The node. */
    public Node node() {
        return node;
    }

    /** Its position in the inventory, the tie-break order. */
    public int index() {
        return index;
    }

    /** The pods placed on it, in placement order. */
    public List<Pod> pods() {
        return Collections.unmodifiableList(pods);
    }

    /** The host ports its pods bind. */
    public List<HostPort> usedPorts() {
        return Collections.unmodifiableList(usedPorts);
    }

    /** The sum of its pods' requests. */
    public ResourceList requested() {
        return requested;
    }

    /** The sum of its pods' requests with the scheduler's defaults for containers without any. */
    public ResourceList nonZeroRequested() {
        return nonZeroRequested;
    }

    /** The sum of its pods' limits, where set. */
    public ResourceList limits() {
        return limits;
    }

    /** The node's allocatable resources. */
    public ResourceList allocatable() {
        return node.allocatable();
    }
}
