package dev.kvet.schedule.filter;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/** One of kube-scheduler's filter plugins: whether a pod may run on a node, and if not, why. */
public interface Filter {

    /** What a filter says of a node: the reasons it fails, empty when it passes. */
    @FunctionalInterface
    interface NodeTest {

        /** The reasons, worded as kube-scheduler words them; empty when the node passes. */
        List<String> reasons(NodeInfo node);
    }

    /** Prepares the filter for one pod (kube-scheduler's PreFilter) and returns its test of each node. */
    NodeTest prepare(Pod pod, Snapshot snapshot);

    /**
     * What the kubelet checks before it runs a pod that names its node in spec.nodeName, which kube-scheduler
     * never sees (the kubelet's GeneralPredicates: AdmissionCheck, then NoExecute taints), in that order.
     */
    static List<Filter> kubeletAdmission() {
        return List.of(new NodeResourcesFit(), new NodeAffinity(), new NodeName(), new NodePorts(),
                TaintToleration.kubelet());
    }

    /** The filters of kube-scheduler's default profile, in the order it runs them. */
    static List<Filter> defaults() {
        return List.of(new NodeUnschedulable(), new NodeName(), new TaintToleration(), new NodeAffinity(),
                new NodePorts(), new NodeResourcesFit(), new PodTopologySpread(), new InterPodAffinity());
    }
}
