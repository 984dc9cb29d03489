package dev.kvet.schedule.score;

import dev.kvet.schedule.filter.NodeAffinity;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.TopologySpreadConstraint;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.PodMatcher;
import dev.kvet.schedule.snapshot.Snapshot;
import dev.kvet.schedule.snapshot.Topology;
import java.util.List;

/**
 * PodTopologySpread's score (weight 2): for {@code ScheduleAnyway} constraints, or the system default ones
 * (hostname maxSkew 3, zone maxSkew 5) for pods of a controller without constraints, favours nodes whose
 * domains hold fewer matching pods. Counts are weighted by {@code log(domains + 2)} as in the plugin's
 * scoring.go, and normalized so the emptiest domain scores 100.
 */
public final class SoftTopologySpread implements Score {

    @Override
    public int weight() {
        return 2;
    }

    @Override
    public long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        List<TopologySpreadConstraint> own = pod.spec().spreadConstraints();
        List<TopologySpreadConstraint> constraints = own.isEmpty() ? pod.spec().defaultSpread()
                : own.stream().filter(c -> !c.doNotSchedule()).toList();
        long[] scores = new long[feasible.size()];
        if (constraints.isEmpty()) {
            return scores;
        }
        boolean requireAllTopologies = !own.isEmpty();
        boolean[] ignored = new boolean[feasible.size()];
        int considered = 0;
        for (int i = 0; i < ignored.length; i++) {
            ignored[i] = requireAllTopologies && !hasAllKeys(feasible.get(i).node(), constraints);
            considered += ignored[i] ? 0 : 1;
        }
        double[] raw = new double[feasible.size()];
        for (TopologySpreadConstraint constraint : constraints) {
            PodMatcher matcher = PodMatcher.of(constraint.selector(), pod.namespace());
            Topology topology = snapshot.topology(constraint.topologyKey());
            boolean hostname = Node.HOSTNAME_LABEL.equals(constraint.topologyKey());
            int[] counts;
            double weight;
            if (hostname) {
                counts = snapshot.counts(matcher);
                weight = Math.log(considered + 2);
            } else {
                boolean[] candidate = new boolean[topology.size()];
                int domains = 0;
                for (int i = 0; i < ignored.length; i++) {
                    int domain = topology.domainOf(feasible.get(i));
                    if (!ignored[i] && domain >= 0 && !candidate[domain]) {
                        candidate[domain] = true;
                        domains++;
                    }
                }
                weight = Math.log(domains + 2);
                counts = everyNodeCounts(pod, constraint, constraints.size(), requireAllTopologies)
                        ? snapshot.countsByDomain(matcher, constraint.topologyKey())
                        : snapshot.countsByDomain(matcher, constraint.topologyKey(), snapshot.nodes().stream()
                                .filter(node -> !requireAllTopologies || hasAllKeys(node.node(), constraints))
                                .filter(node -> !constraint.honorNodeAffinity()
                                        || NodeAffinity.matches(pod.spec(), node.node()))
                                .toList());
            }
            for (int i = 0; i < raw.length; i++) {
                NodeInfo node = feasible.get(i);
                int domain = topology.domainOf(node);
                if (ignored[i] || domain < 0) {
                    continue;
                }
                int count = hostname ? counts[node.index()] : Math.max(0, counts[domain]);
                raw[i] += count * weight + (constraint.maxSkew() - 1);
            }
        }
        return normalize(raw, ignored);
    }

    /**
     * Whether every node with the topology key counts (no node affinity to honour, no other key required), so
     * the snapshot's running counts per domain give the answer without a pass over the nodes.
     */
    private static boolean everyNodeCounts(Pod pod, TopologySpreadConstraint constraint, int constraints,
                                           boolean requireAllTopologies) {
        return (!constraint.honorNodeAffinity() || !pod.spec().restrictsNodes())
                && (constraints == 1 || !requireAllTopologies);
    }

    private static long[] normalize(double[] raw, boolean[] ignored) {
        long min = Long.MAX_VALUE;
        long max = 0;
        long[] rounded = new long[raw.length];
        for (int i = 0; i < raw.length; i++) {
            rounded[i] = Math.round(raw[i]);
            if (!ignored[i]) {
                min = Math.min(min, rounded[i]);
                max = Math.max(max, rounded[i]);
            }
        }
        long[] scores = new long[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (ignored[i]) {
                scores[i] = 0;
            } else {
                scores[i] = max == 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE * (max + min - rounded[i]) / max;
            }
        }
        return scores;
    }

    private static boolean hasAllKeys(Node node, List<TopologySpreadConstraint> constraints) {
        for (TopologySpreadConstraint constraint : constraints) {
            if (!node.labels().containsKey(constraint.topologyKey())) {
                return false;
            }
        }
        return true;
    }
}
