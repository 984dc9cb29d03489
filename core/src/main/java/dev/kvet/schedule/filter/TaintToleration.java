package dev.kvet.schedule.filter;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.inventory.Taint;
import dev.kvet.schedule.pod.Toleration;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;
import java.util.Optional;

/** Keeps pods off nodes with a NoSchedule or NoExecute taint they do not tolerate. */
public final class TaintToleration implements Filter {

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        List<Toleration> tolerations = pod.spec().tolerations();
        return node -> untolerated(node.node(), tolerations)
                .map(taint -> List.of("node(s) had untolerated taint " + taint.display()))
                .orElse(List.of());
    }

    /** The first NoSchedule or NoExecute taint of the node that none of the tolerations tolerates. */
    public static Optional<Taint> untolerated(Node node, List<Toleration> tolerations) {
        for (Taint taint : node.taints()) {
            if (taint.isHard() && tolerations.stream().noneMatch(t -> t.tolerates(taint))) {
                return Optional.of(taint);
            }
        }
        return Optional.empty();
    }
}
