package dev.kvet.schedule.pressure;

import dev.kvet.finding.Finding;

/**
 * A scheduling risk: a finding, and the node it concerns.
 *
 * @param node    the node's name, or null for a pod that found no node
 * @param finding the finding, located at the workload
 */
public record Risk(String node, Finding finding) {
}
