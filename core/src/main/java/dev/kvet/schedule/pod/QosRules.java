package dev.kvet.schedule.pod;

import dev.kvet.resource.ResourceList;
import java.util.ArrayList;
import java.util.List;

/**
 * The QoS class of a pod by the rules of pkg/apis/core/v1/helper/qos {@code GetPodQOS}: only cpu and memory
 * count; no request or limit anywhere is BestEffort; cpu and memory limits on every container, equal to the
 * summed requests, is Guaranteed; anything else is Burstable.
 */
final class QosRules {

    private QosRules() {
    }

    static QosClass classify(List<PodResources.ContainerResources> init, List<PodResources.ContainerResources> app) {
        List<PodResources.ContainerResources> all = new ArrayList<>(app);
        all.addAll(init);
        long requestCpu = 0;
        long requestMemory = 0;
        long limitCpu = 0;
        long limitMemory = 0;
        boolean guaranteed = true;
        for (PodResources.ContainerResources container : all) {
            requestCpu += Math.max(0, container.requests().cpu());
            requestMemory += Math.max(0, container.requests().memory());
            limitCpu += Math.max(0, container.limits().cpu());
            limitMemory += Math.max(0, container.limits().memory());
            if (!container.limits().has(ResourceList.CPU) || !container.limits().has(ResourceList.MEMORY)) {
                guaranteed = false;
            }
        }
        if (requestCpu == 0 && requestMemory == 0 && limitCpu == 0 && limitMemory == 0) {
            return QosClass.BEST_EFFORT;
        }
        // guaranteed means every container limits both, so equal sums mean requests are set and equal too
        return guaranteed && requestCpu == limitCpu && requestMemory == limitMemory
                ? QosClass.GUARANTEED : QosClass.BURSTABLE;
    }
}
