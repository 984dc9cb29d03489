package dev.kvet.schedule.filter;

import dev.kvet.schedule.pod.HostPort;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/** A pod fits a node where none of its host ports is already bound. */
public final class NodePorts implements Filter {

    /** kube-scheduler's reason. */
    public static final String REASON = "node(s) didn't have free ports for the requested pod ports";

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        List<HostPort> wanted = pod.spec().hostPorts();
        if (wanted.isEmpty()) {
            return node -> List.of();
        }
        return node -> {
            for (HostPort port : wanted) {
                for (HostPort used : node.usedPorts()) {
                    if (port.conflicts(used)) {
                        return List.of(REASON);
                    }
                }
            }
            return List.of();
        };
    }
}
