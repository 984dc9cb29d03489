package dev.kvet.schedule.score;

import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.QosClass;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/**
 * NodeResourcesBalancedAllocation (weight 1): favours nodes whose cpu and memory would be used in equal
 * shares after placing the pod: {@code (1 - std) * 100} of the requested fractions. BestEffort pods are not
 * scored, as in kube-scheduler since v1.32.
 */
public final class BalancedAllocation implements Score {

    @Override
    public int weight() {
        return 1;
    }

    @Override
    public long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        long[] scores = new long[feasible.size()];
        if (pod.resources().qos() == QosClass.BEST_EFFORT) {
            return scores;
        }
        ResourceList request = pod.resources().requests();
        for (int i = 0; i < scores.length; i++) {
            NodeInfo node = feasible.get(i);
            scores[i] = score(node.requested().cpu() + request.cpu(), node.allocatable().cpu(),
                    node.requested().memory() + request.memory(), node.allocatable().memory());
        }
        return scores;
    }

    /** balancedResourceScorer for cpu and memory. */
    public static long score(long cpuRequested, long cpuAllocatable, long memoryRequested, long memoryAllocatable) {
        double[] fractions = new double[2];
        int count = 0;
        if (cpuAllocatable != 0) {
            fractions[count++] = Math.min(1, (double) cpuRequested / cpuAllocatable);
        }
        if (memoryAllocatable != 0) {
            fractions[count++] = Math.min(1, (double) memoryRequested / memoryAllocatable);
        }
        double std = count == 2 ? Math.abs((fractions[0] - fractions[1]) / 2) : 0;
        return (long) ((1 - std) * MAX_NODE_SCORE);
    }
}
