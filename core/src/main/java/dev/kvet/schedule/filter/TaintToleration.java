package dev.kvet.schedule.filter;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.inventory.Taint;
import dev.kvet.schedule.pod.Toleration;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Keeps pods off nodes with a NoSchedule or NoExecute taint they do not tolerate. */
public final class TaintToleration implements Filter {

    private final Predicate<Taint> considered;

    /** The scheduler's filter: NoSchedule and NoExecute taints. */
    public TaintToleration() {
        this(Taint::isHard);
    }

    private TaintToleration(Predicate<Taint> considered) {
        this.considered = considered;
    }

    /** The kubelet's admission check of a pod that names its node: only NoExecute taints keep it off. */
    public static TaintToleration kubelet() {
        return new TaintToleration(taint -> Taint.NO_EXECUTE.equals(taint.effect()));
    }

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        List<Toleration> tolerations = pod.spec().tolerations();
        return node -> untolerated(node.node(), tolerations, considered)
                .map(taint -> List.of("node(s) had untolerated taint " + taint.display()))
                .orElse(List.of());
    }

    /** The first NoSchedule or NoExecute taint of the node that none of the tolerations tolerates. */
    public static Optional<Taint> untolerated(Node node, List<Toleration> tolerations) {
        return untolerated(node, tolerations, Taint::isHard);
    }

    private static Optional<Taint> untolerated(Node node, List<Toleration> tolerations, Predicate<Taint> considered) {
        for (Taint taint : node.taints()) {
            if (considered.test(taint) && tolerations.stream().noneMatch(t -> t.tolerates(taint))) {
                return Optional.of(taint);
            }
        }
        return Optional.empty();
    }
}
