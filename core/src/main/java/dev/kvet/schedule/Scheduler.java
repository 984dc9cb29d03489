package dev.kvet.schedule;

import dev.kvet.schedule.filter.Filter;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.score.Score;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The placement loop of kube-scheduler's default profile, run offline: pods leave the queue by priority
 * (highest first) and then input order; each runs every filter on every node (stopping at a node's first
 * failing filter, as the framework does), then every score on the feasible nodes, and lands on the node with
 * the highest weighted sum before the next pod is considered. Ties go to the node listed first in the inventory,
 * where the real scheduler picks one of the best at random. Every node is scored (no percentageOfNodesToScore
 * sampling) and there is no preemption. A pod that names its node in spec.nodeName skips all this: the kubelet of
 * that node admits it, or not.
 */
public final class Scheduler {

    /** kube-scheduler's message when the cluster has no node at all (ErrNoNodesAvailable). */
    static final String NO_NODES_AVAILABLE = "no nodes available to schedule pods";
    /** kube-scheduler's reason for the nodes NodeAffinity's PreFilter leaves out (findNodesThatFitPod). */
    static final String OUTSIDE_AFFINITY_NODE_NAMES = "node(s) didn't satisfy plugin(s) [NodeAffinity]";
    /** NodeAffinity's PreFilter message when the metadata.name requirements leave no node at all. */
    static final String AFFINITY_TERMS_CONFLICT = "pod affinity terms conflict";

    private final List<Filter> filters;
    private final List<Score> scores;
    private final List<Filter> admission = Filter.kubeletAdmission();

    /** A scheduler with the default profile's filters and scores. */
    public Scheduler() {
        this(Filter.defaults(), Score.defaults());
    }

    /** A scheduler with these plugins, for tests. */
    public Scheduler(List<Filter> filters, List<Score> scores) {
        this.filters = List.copyOf(filters);
        this.scores = List.copyOf(scores);
    }

    /** Places the pods on the nodes; the result lists the placements in queue order. */
    public Schedule schedule(List<Node> nodes, List<Pod> pods) {
        Snapshot snapshot = new Snapshot(nodes);
        List<Pod> queue = new ArrayList<>(pods);
        queue.sort(Comparator.comparingInt(Pod::priority).reversed().thenComparingInt(Pod::sequence));
        List<Placement> placements = new ArrayList<>();
        for (Pod pod : queue) {
            placements.add(place(pod, snapshot));
        }
        return new Schedule(snapshot.nodes(), placements);
    }

    private Placement place(Pod pod, Snapshot snapshot) {
        String nodeName = pod.spec().nodeName();
        if (nodeName != null && !nodeName.isEmpty()) {
            return admit(pod, nodeName, snapshot);
        }
        if (snapshot.nodes().isEmpty()) {
            return Placement.pending(pod, List.of(NO_NODES_AVAILABLE), NO_NODES_AVAILABLE);
        }
        Set<String> named = pod.spec().affinityNodeNames();
        if (named != null && named.isEmpty()) {
            FitError error = new FitError(snapshot.nodes().size());
            error.preFilterFailed(AFFINITY_TERMS_CONFLICT);
            return Placement.pending(pod, error.reasons(), error.message());
        }
        List<Filter.NodeTest> tests = new ArrayList<>(filters.size());
        for (Filter filter : filters) {
            tests.add(filter.prepare(pod, snapshot));
        }
        List<NodeInfo> feasible = new ArrayList<>();
        for (NodeInfo node : snapshot.nodes()) {
            if (candidate(node, named) && reasons(tests, node).isEmpty()) {
                feasible.add(node);
            }
        }
        if (feasible.isEmpty()) {
            FitError error = new FitError(snapshot.nodes().size());
            for (NodeInfo node : snapshot.nodes()) {
                error.add(candidate(node, named) ? reasons(tests, node) : List.of(OUTSIDE_AFFINITY_NODE_NAMES));
            }
            return Placement.pending(pod, error.reasons(), error.message());
        }
        NodeInfo chosen = best(pod, snapshot, feasible);
        snapshot.place(pod, chosen);
        return Placement.on(pod, chosen.node());
    }

    /**
     * A pod that names its node never meets the scheduler: the kubelet of that node runs it unless one of its own
     * checks fails, and it reports the first that does. Cordons, NoSchedule taints, spreading and pod affinity do
     * not keep it off.
     */
    private Placement admit(Pod pod, String nodeName, Snapshot snapshot) {
        NodeInfo node = snapshot.node(nodeName).orElse(null);
        if (node == null) {
            return Placement.pending(pod, List.of("the requested node name " + nodeName + " is not in the inventory"),
                    "spec.nodeName names node " + nodeName + ", which is not in the inventory, so no kubelet runs it");
        }
        List<String> reasons = reasons(admission.stream().map(filter -> filter.prepare(pod, snapshot)).toList(), node);
        if (!reasons.isEmpty()) {
            return Placement.refused(pod, reasons, "the kubelet of node " + nodeName + " refuses it: "
                    + reasons.get(0));
        }
        snapshot.place(pod, node);
        return Placement.on(pod, node.node());
    }

    /** The reasons of the first filter that fails the node, as the framework stops there; empty when all pass. */
    private static List<String> reasons(List<Filter.NodeTest> tests, NodeInfo node) {
        for (Filter.NodeTest test : tests) {
            List<String> reasons = test.reasons(node);
            if (!reasons.isEmpty()) {
                return reasons;
            }
        }
        return List.of();
    }

    /**
     * Whether the filters see the node: NodeAffinity's PreFilter narrows a pod whose required terms name nodes
     * (metadata.name In, as the DaemonSet controller pins its pods) to those; kube-scheduler filters only them and
     * gives the other nodes one reason of their own.
     */
    private static boolean candidate(NodeInfo node, Set<String> affinityNodeNames) {
        return affinityNodeNames == null || affinityNodeNames.contains(node.node().name());
    }

    private NodeInfo best(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        if (feasible.size() == 1) {
            return feasible.get(0);
        }
        long[] total = new long[feasible.size()];
        for (Score score : scores) {
            long[] values = score.scores(pod, snapshot, feasible);
            for (int i = 0; i < total.length; i++) {
                total[i] += values[i] * score.weight();
            }
        }
        int best = 0;
        for (int i = 1; i < total.length; i++) {
            if (total[i] > total[best]) {
                best = i;
            }
        }
        return feasible.get(best);
    }
}
