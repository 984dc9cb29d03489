package dev.kvet.schedule.filter;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/** A pod with {@code spec.nodeName} fits only the node of that name. */
public final class NodeName implements Filter {

    /** kube-scheduler's reason. */
    public static final String REASON = "node(s) didn't match the requested node name";

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        String wanted = pod.spec().nodeName();
        if (wanted == null || wanted.isEmpty()) {
            return node -> List.of();
        }
        return node -> wanted.equals(node.node().name()) ? List.of() : List.of(REASON);
    }
}
