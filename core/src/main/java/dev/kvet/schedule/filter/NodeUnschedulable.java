package dev.kvet.schedule.filter;

import dev.kvet.schedule.inventory.Taint;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/** Keeps pods off cordoned nodes ({@code spec.unschedulable}) unless they tolerate the unschedulable taint. */
public final class NodeUnschedulable implements Filter {

    /** kube-scheduler's reason. */
    public static final String REASON = "node(s) were unschedulable";

    private static final Taint UNSCHEDULABLE = new Taint("node.kubernetes.io/unschedulable", "", Taint.NO_SCHEDULE);

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        boolean tolerates = pod.spec().tolerations().stream().anyMatch(t -> t.tolerates(UNSCHEDULABLE));
        return node -> node.node().unschedulable() && !tolerates ? List.of(REASON) : List.of();
    }
}
