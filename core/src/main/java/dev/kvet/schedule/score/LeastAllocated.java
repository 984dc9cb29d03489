package dev.kvet.schedule.score;

import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/**
 * NodeResourcesFit's default scoring strategy, LeastAllocated (weight 1): favours nodes with more free cpu and
 * memory after placing the pod, each weighted 1, counting requests with the scheduler's defaults for containers
 * that set none.
 */
public final class LeastAllocated implements Score {

    @Override
    public int weight() {
        return 1;
    }

    @Override
    public long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        ResourceList request = pod.resources().nonZeroRequests();
        long[] scores = new long[feasible.size()];
        for (int i = 0; i < scores.length; i++) {
            NodeInfo node = feasible.get(i);
            ResourceList used = node.nonZeroRequested();
            scores[i] = score(used.cpu() + request.cpu(), node.allocatable().cpu(),
                    used.memory() + request.memory(), node.allocatable().memory());
        }
        return scores;
    }

    /**
     * The score of a node from requested and allocatable cpu and memory (leastResourceScorer): the mean of the
     * resources' scores, leaving out a resource the node has none of.
     */
    public static long score(long cpuRequested, long cpuAllocatable, long memoryRequested, long memoryAllocatable) {
        long sum = leastRequested(cpuRequested, cpuAllocatable) + leastRequested(memoryRequested, memoryAllocatable);
        int weights = (cpuAllocatable == 0 ? 0 : 1) + (memoryAllocatable == 0 ? 0 : 1);
        return weights == 0 ? 0 : sum / weights;
    }

    private static long leastRequested(long requested, long capacity) {
        if (capacity == 0 || requested > capacity) {
            return 0;
        }
        return (capacity - requested) * MAX_NODE_SCORE / capacity;
    }
}
