package dev.kvet.schedule.score;

import dev.kvet.schedule.filter.NodeAffinity;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.TopologySpreadConstraint;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.PodMatcher;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            int[] perNode = snapshot.counts(matcher);
            boolean hostname = Node.HOSTNAME_LABEL.equals(constraint.topologyKey());
            Set<String> domains = new HashSet<>();
            for (int i = 0; i < ignored.length; i++) {
                String value = feasible.get(i).node().labels().get(constraint.topologyKey());
                if (!ignored[i] && value != null) {
                    domains.add(value);
                }
            }
            double weight = Math.log((hostname ? considered : domains.size()) + 2);
            Map<String, Integer> byDomain = hostname ? Map.of() : domainCounts(pod, snapshot, constraint, perNode,
                    domains, requireAllTopologies ? constraints : List.of());
            for (int i = 0; i < raw.length; i++) {
                String value = feasible.get(i).node().labels().get(constraint.topologyKey());
                if (ignored[i] || value == null) {
                    continue;
                }
                int count = hostname ? perNode[feasible.get(i).index()] : byDomain.getOrDefault(value, 0);
                raw[i] += count * weight + (constraint.maxSkew() - 1);
            }
        }
        return normalize(raw, ignored);
    }

    private static Map<String, Integer> domainCounts(Pod pod, Snapshot snapshot, TopologySpreadConstraint constraint,
                                                     int[] perNode, Set<String> domains,
                                                     List<TopologySpreadConstraint> requiredKeys) {
        Map<String, Integer> counts = new HashMap<>();
        for (NodeInfo node : snapshot.nodes()) {
            String value = node.node().labels().get(constraint.topologyKey());
            if (value == null || !domains.contains(value) || !hasAllKeys(node.node(), requiredKeys)) {
                continue;
            }
            if (constraint.honorNodeAffinity() && !NodeAffinity.matches(pod.spec(), node.node())) {
                continue;
            }
            counts.merge(value, perNode[node.index()], Integer::sum);
        }
        return counts;
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
