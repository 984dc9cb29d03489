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

    /** The score of a node from requested and allocatable cpu and memory (leastResourceScorer). */
    public static long score(long cpuRequested, long cpuAllocatable, long memoryRequested, long memoryAllocatable) {
        return (leastRequested(cpuRequested, cpuAllocatable) + leastRequested(memoryRequested, memoryAllocatable)) / 2;
    }

    private static long leastRequested(long requested, long capacity) {
        if (capacity == 0 || requested > capacity) {
            return 0;
        }
        return (capacity - requested) * MAX_NODE_SCORE / capacity;
    }
}
