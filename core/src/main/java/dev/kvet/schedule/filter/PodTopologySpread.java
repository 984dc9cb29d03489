package dev.kvet.schedule.filter;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.TopologySpreadConstraint;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.PodMatcher;
import dev.kvet.schedule.snapshot.Snapshot;
import dev.kvet.schedule.snapshot.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Enforces {@code DoNotSchedule} topology spread constraints: placing the pod in a node's domain must not make
 * that domain exceed the least populated one by more than {@code maxSkew}. Domains are counted over the nodes
 * that carry every constraint's topology key and (nodeAffinityPolicy Honor) match the pod's node affinity.
 */
public final class PodTopologySpread implements Filter {

    /** kube-scheduler's reason. */
    public static final String REASON = "node(s) didn't match pod topology spread constraints";
    /** kube-scheduler's reason for a node without a constraint's topology key. */
    public static final String MISSING_LABEL = REASON + " (missing required label)";

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        List<TopologySpreadConstraint> constraints = pod.spec().spreadConstraints().stream()
                .filter(TopologySpreadConstraint::doNotSchedule).toList();
        if (constraints.isEmpty()) {
            return node -> List.of();
        }
        List<Domains> domains = new ArrayList<>();
        for (TopologySpreadConstraint constraint : constraints) {
            PodMatcher matcher = PodMatcher.of(constraint.selector(), pod.namespace());
            boolean everyNode = constraints.size() == 1
                    && (!constraint.honorNodeAffinity() || !pod.spec().restrictsNodes());
            int[] counts = everyNode ? snapshot.countsByDomain(matcher, constraint.topologyKey())
                    : snapshot.countsByDomain(matcher, constraint.topologyKey(), snapshot.nodes().stream()
                            .filter(node -> hasAllKeys(node, constraints))
                            .filter(node -> !constraint.honorNodeAffinity()
                                    || NodeAffinity.matches(pod.spec(), node.node()))
                            .toList());
            int present = 0;
            int min = Integer.MAX_VALUE;
            for (int count : counts) {
                if (count >= 0) {
                    present++;
                    min = Math.min(min, count);
                }
            }
            if (present < constraint.minDomains() || present == 0) {
                min = 0;
            }
            int self = constraint.selector().matches(pod.labels()) ? 1 : 0;
            domains.add(new Domains(constraint, snapshot.topology(constraint.topologyKey()), counts, min, self));
        }
        return node -> {
            if (!hasAllKeys(node, constraints)) {
                return List.of(MISSING_LABEL);
            }
            for (Domains domain : domains) {
                int id = domain.topology.domainOf(node);
                int skew = Math.max(domain.counts[id], 0) + domain.self - domain.min;
                if (skew > domain.constraint.maxSkew()) {
                    return List.of(REASON);
                }
            }
            return List.of();
        };
    }

    private static boolean hasAllKeys(NodeInfo node, List<TopologySpreadConstraint> constraints) {
        for (TopologySpreadConstraint constraint : constraints) {
            if (!node.node().labels().containsKey(constraint.topologyKey())) {
                return false;
            }
        }
        return true;
    }

    private record Domains(TopologySpreadConstraint constraint, Topology topology, int[] counts, int min, int self) {
    }
}
