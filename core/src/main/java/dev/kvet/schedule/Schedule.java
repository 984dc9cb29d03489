package dev.kvet.schedule;

import dev.kvet.schedule.snapshot.NodeInfo;
import java.util.List;

/**
 * The outcome of a dry run: every node with the pods it got, and every pod's placement in queue order.
 *
 * @param nodes      the nodes in inventory order
 * @param placements the placements in the order pods left the queue
 */
public record Schedule(List<NodeInfo> nodes, List<Placement> placements) {

    public Schedule {
        nodes = List.copyOf(nodes);
        placements = List.copyOf(placements);
    }

    /** How many pods run on a node. */
    public long placedCount() {
        return placements.stream().filter(Placement::placed).count();
    }

    /** How many pods stay Pending. */
    public long pendingCount() {
        return placements.stream().filter(Placement::pending).count();
    }

    /** How many pods the kubelet of the node they name refuses. */
    public long refusedCount() {
        return placements.stream().filter(Placement::refused).count();
    }

    /** Whether every pod runs: none stays Pending and no kubelet refuses one. */
    public boolean everyPodPlaced() {
        return placements.stream().allMatch(Placement::placed);
    }

    /**
     * The one-line outcome every front end prints, such as {@code 2/4 pods scheduled on 2 nodes, 1 pending,
     * 1 refused}; refused pods are mentioned only when there are some, as only pods naming their node can be.
     */
    public String outcome() {
        long refused = refusedCount();
        return placedCount() + "/" + placements.size() + " pods scheduled on " + nodes.size() + " nodes, "
                + pendingCount() + " pending" + (refused > 0 ? ", " + refused + " refused" : "");
    }
}
