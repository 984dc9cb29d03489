package dev.kvet.schedule.snapshot;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster as the placement loop sees it: every node with its pods, and indexes that keep the per-pod cost of
 * topology spreading and inter-pod affinity independent of how many pods are already placed: running counts of
 * matching pods per node for every selector in use, and the list of placed pods that carry affinity terms.
 */
public final class Snapshot {

    private final List<NodeInfo> nodes = new ArrayList<>();
    private final Map<PodMatcher, int[]> countsByMatcher = new HashMap<>();
    private final List<PlacedPod> podsWithAffinity = new ArrayList<>();

    /**
     * A placed pod and its node.
     *
     * @param pod  the pod
     * @param node where it runs
     */
    public record PlacedPod(Pod pod, NodeInfo node) {
    }

    /** A snapshot of empty nodes, in inventory order. */
    public Snapshot(List<Node> inventory) {
        for (Node node : inventory) {
            nodes.add(new NodeInfo(node, nodes.size()));
        }
    }

    /** Every node, in inventory order. */
    public List<NodeInfo> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** Places a pod on a node and updates the indexes. */
    public void place(Pod pod, NodeInfo node) {
        node.add(pod);
        countsByMatcher.forEach((matcher, counts) -> {
            if (matcher.matches(pod)) {
                counts[node.index()]++;
            }
        });
        if (!pod.spec().affinity().isEmpty()) {
            podsWithAffinity.add(new PlacedPod(pod, node));
        }
    }

    /** How many placed pods on each node (by inventory index) the matcher counts; do not modify. */
    public int[] counts(PodMatcher matcher) {
        return countsByMatcher.computeIfAbsent(matcher, key -> {
            int[] counts = new int[nodes.size()];
            for (NodeInfo node : nodes) {
                for (Pod pod : node.pods()) {
                    if (key.matches(pod)) {
                        counts[node.index()]++;
                    }
                }
            }
            return counts;
        });
    }

    /** Matching pods per value of a node label (topology domain), over the given nodes only. */
    public Map<String, Integer> countsByDomain(PodMatcher matcher, String topologyKey, List<NodeInfo> over) {
        int[] counts = counts(matcher);
        Map<String, Integer> byDomain = new HashMap<>();
        for (NodeInfo node : over) {
            String value = node.node().labels().get(topologyKey);
            if (value != null) {
                byDomain.merge(value, counts[node.index()], Integer::sum);
            }
        }
        return byDomain;
    }

    /** Placed pods that have pod affinity or anti-affinity terms, in placement order. */
    public List<PlacedPod> podsWithAffinity() {
        return Collections.unmodifiableList(podsWithAffinity);
    }
}
