package dev.kvet.schedule.snapshot;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster as the placement loop sees it: every node with its pods, and indexes that keep the per-pod cost of
 * topology spreading and inter-pod affinity independent of how many pods are already placed: running counts of
 * matching pods per node for every selector in use, and the list of placed pods that carry affinity terms.
 */
public final class Snapshot {

    private final List<NodeInfo> nodes = new ArrayList<>();
    private final Map<String, NodeInfo> byName = new HashMap<>();
    private final Map<PodMatcher, int[]> countsByMatcher = new HashMap<>();
    private final Map<String, Topology> topologies = new HashMap<>();
    private final Map<DomainKey, int[]> countsByDomain = new HashMap<>();
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
            NodeInfo info = new NodeInfo(node, nodes.size());
            nodes.add(info);
            byName.put(node.name(), info);
        }
    }

    /** Every node, in inventory order. */
    public List<NodeInfo> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The node of a name, if the inventory has it. */
    public Optional<NodeInfo> node(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Places a pod on a node and updates the indexes. */
    public void place(Pod pod, NodeInfo node) {
        node.add(pod);
        countsByMatcher.forEach((matcher, counts) -> {
            if (matcher.matches(pod)) {
                counts[node.index()]++;
            }
        });
        countsByDomain.forEach((key, counts) -> {
            int domain = topology(key.topologyKey()).domainOf(node);
            if (domain >= 0 && key.matcher().matches(pod)) {
                counts[domain]++;
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

    /** The domains of a node label. */
    public Topology topology(String key) {
        return topologies.computeIfAbsent(key, k -> new Topology(k, nodes));
    }

    /**
     * Matching pods per domain of a node label (indexed as {@link #topology} numbers them), counted over the
     * given nodes only; a domain none of those nodes is in holds -1.
     */
    public int[] countsByDomain(PodMatcher matcher, String topologyKey, List<NodeInfo> over) {
        int[] perNode = counts(matcher);
        Topology topology = topology(topologyKey);
        int[] byDomain = new int[topology.size()];
        Arrays.fill(byDomain, -1);
        for (NodeInfo node : over) {
            int domain = topology.domainOf(node);
            if (domain >= 0) {
                byDomain[domain] = Math.max(byDomain[domain], 0) + perNode[node.index()];
            }
        }
        return byDomain;
    }

    /** Matching pods per domain over every node, kept up to date as pods are placed; do not modify. */
    public int[] countsByDomain(PodMatcher matcher, String topologyKey) {
        return countsByDomain.computeIfAbsent(new DomainKey(matcher, topologyKey),
                key -> countsByDomain(matcher, topologyKey, nodes));
    }

    private record DomainKey(PodMatcher matcher, String topologyKey) {
    }

    /** Placed pods that have pod affinity or anti-affinity terms, in placement order. */
    public List<PlacedPod> podsWithAffinity() {
        return Collections.unmodifiableList(podsWithAffinity);
    }
}
