package dev.kvet.schedule.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topology domains of one node label ({@code topology.kubernetes.io/zone}): each distinct value is a
 * domain with a small number, so counts per domain are arrays rather than maps.
 */
public final class Topology {

    private final int[] domainOfNode;
    private final List<String> names = new ArrayList<>();

    Topology(String key, List<NodeInfo> nodes) {
        domainOfNode = new int[nodes.size()];
        Map<String, Integer> ids = new HashMap<>();
        for (NodeInfo node : nodes) {
            String value = node.node().labels().get(key);
            domainOfNode[node.index()] = value == null ? -1 : ids.computeIfAbsent(value, v -> {
                names.add(v);
                return names.size() - 1;
            });
        }
    }

    /** The node's domain, or -1 when it lacks the label. */
    public int domainOf(NodeInfo node) {
        return domainOfNode[node.index()];
    }

    /** How many domains there are. */
    public int size() {
        return names.size();
    }

    /** The label value of a domain. */
    public String name(int domain) {
        return names.get(domain);
    }
}
