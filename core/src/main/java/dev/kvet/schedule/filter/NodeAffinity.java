package dev.kvet.schedule.filter;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.NodeSelectorTerm;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodSpec;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;
import java.util.Map;

/** A pod fits a node whose labels satisfy its {@code nodeSelector} and one of its required affinity terms. */
public final class NodeAffinity implements Filter {

    /** kube-scheduler's reason. */
    public static final String REASON = "node(s) didn't match Pod's node affinity/selector";

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        PodSpec spec = pod.spec();
        return node -> matches(spec, node.node()) ? List.of() : List.of(REASON);
    }

    /** Whether the node satisfies the pod's nodeSelector AND its required node affinity (terms ORed). */
    public static boolean matches(PodSpec spec, Node node) {
        for (Map.Entry<String, String> wanted : spec.nodeSelector().entrySet()) {
            if (!wanted.getValue().equals(node.labels().get(wanted.getKey()))) {
                return false;
            }
        }
        List<NodeSelectorTerm> terms = spec.requiredNodeTerms();
        return terms == null || terms.stream().anyMatch(term -> term.matches(node));
    }
}
