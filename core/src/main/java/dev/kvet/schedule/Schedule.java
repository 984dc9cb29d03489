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

    /** How many pods found no node. */
    public long pendingCount() {
        return placements.stream().filter(Placement::pending).count();
    }
}
