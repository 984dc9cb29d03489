package dev.kvet.schedule.pressure;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodResources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which the kubelet evicts pods from a node under memory pressure (rankMemoryPressure in
 * pkg/kubelet/eviction/helpers.go): first the pods whose usage exceeds their memory request, then lower
 * priority first, then the larger usage above request first. A dry run has no usage, so each pod is assumed to
 * use its memory limit, and a pod with a container without a memory limit to use without bound.
 */
public final class EvictionOrder {

    private EvictionOrder() {
    }

    /** The pods in eviction order. */
    public static List<Pod> rank(List<Pod> pods) {
        List<Pod> ranked = new ArrayList<>(pods);
        ranked.sort(Comparator.comparing((Pod pod) -> !exceedsRequest(pod))
                .thenComparingInt(Pod::priority)
                .thenComparing(Comparator.comparingLong(EvictionOrder::usageAboveRequest).reversed()));
        return ranked;
    }

    /** How much memory the pod may use beyond its request: its limit minus request, or unbounded. */
    public static long usageAboveRequest(Pod pod) {
        PodResources resources = pod.resources();
        return resources.memoryUnlimited() ? Long.MAX_VALUE
                : Math.max(0, resources.limits().memory() - resources.requests().memory());
    }

    /** Whether the pod may use more memory than it requested. */
    public static boolean exceedsRequest(Pod pod) {
        return usageAboveRequest(pod) > 0;
    }
}
