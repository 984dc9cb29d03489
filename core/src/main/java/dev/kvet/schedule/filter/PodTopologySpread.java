package dev.kvet.schedule.filter;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.TopologySpreadConstraint;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.PodMatcher;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            List<NodeInfo> eligible = snapshot.nodes().stream()
                    .filter(node -> hasAllKeys(node, constraints))
                    .filter(node -> !constraint.honorNodeAffinity() || NodeAffinity.matches(pod.spec(), node.node()))
                    .toList();
            Map<String, Integer> counts = snapshot.countsByDomain(
                    PodMatcher.of(constraint.selector(), pod.namespace()), constraint.topologyKey(), eligible);
            int min = counts.size() < constraint.minDomains() ? 0
                    : counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            int self = constraint.selector().matches(pod.labels()) ? 1 : 0;
            domains.add(new Domains(constraint, counts, min, self));
        }
        return node -> {
            if (!hasAllKeys(node, constraints)) {
                return List.of(MISSING_LABEL);
            }
            for (Domains domain : domains) {
                String value = node.node().labels().get(domain.constraint.topologyKey());
                int skew = domain.counts.getOrDefault(value, 0) + domain.self - domain.min;
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

    private record Domains(TopologySpreadConstraint constraint, Map<String, Integer> counts, int min, int self) {
    }
}
