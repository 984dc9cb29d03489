package dev.kvet.schedule.inventory;

import dev.kvet.finding.Finding;
import java.util.List;

/**
 * The nodes pods are scheduled on, in the order the inventory lists them (the tie-break order).
 *
 * @param nodes    the nodes
 * @param findings what was wrong in the inventory files
 */
public record Inventory(List<Node> nodes, List<Finding> findings) {

    public Inventory {
        nodes = List.copyOf(nodes);
        findings = List.copyOf(findings);
    }
}
