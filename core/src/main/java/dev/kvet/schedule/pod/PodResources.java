package dev.kvet.schedule.pod;

import dev.kvet.document.YamlMap;
import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.yaml.Quantities;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import dev.kvet.workload.PodTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a pod asks of a node, computed as Kubernetes computes it (k8s.io/component-helpers/resource
 * {@code PodRequests} and {@code PodLimits}): app containers summed, restartable init containers (sidecars)
 * added, the largest regular init container (with the sidecars started before it) taken when larger, then
 * {@code spec.overhead} added. A container's limit stands in for its missing request, as API defaulting does.
 *
 * @param requests        what the scheduler reserves
 * @param limits          the limits, where containers set them
 * @param nonZeroRequests requests with kube-scheduler's defaults for containers that set none (100m cpu,
 *                        200Mi memory), which the scoring plugins use
 * @param qos             the QoS class
 * @param memoryUnlimited whether some container has no memory limit, so the pod's memory use is unbounded
 */
public record PodResources(ResourceList requests, ResourceList limits, ResourceList nonZeroRequests, QosClass qos,
                           boolean memoryUnlimited) {

    /** kube-scheduler's cpu request for a container without one, in millicores (DefaultMilliCPURequest). */
    public static final long DEFAULT_MILLI_CPU_REQUEST = 100;
    /** kube-scheduler's memory request for a container without one (DefaultMemoryRequest, 200Mi). */
    public static final long DEFAULT_MEMORY_REQUEST = 200L * 1024 * 1024;

    /**
     * One container's resources as written and defaulted.
     *
     * @param requests requests, defaulted from limits
     * @param limits   limits
     * @param sidecar  whether it is a restartable init container
     */
    public record ContainerResources(ResourceList requests, ResourceList limits, boolean sidecar) {

        /** Requests with the scheduler's defaults for missing cpu and memory. */
        ResourceList nonZero() {
            return new ResourceList(requests.cpu() == 0 ? DEFAULT_MILLI_CPU_REQUEST : requests.cpu(),
                    requests.memory() == 0 ? DEFAULT_MEMORY_REQUEST : requests.memory(),
                    requests.ephemeralStorage(), requests.scalars());
        }
    }

    /** The resources of a pod template; bad quantities go to the Quantities' findings. */
    public static PodResources of(PodTemplate template, Quantities quantities) {
        List<ContainerResources> init = containers(template, ContainerKind.INIT, quantities);
        List<ContainerResources> app = containers(template, ContainerKind.APP, quantities);
        ResourceList overhead = quantities.read(template.specField("overhead"));
        boolean memoryUnlimited = app.isEmpty() || app.stream().anyMatch(c -> !c.limits().has(ResourceList.MEMORY))
                || init.stream().anyMatch(c -> c.sidecar() && !c.limits().has(ResourceList.MEMORY));
        return of(init, app, overhead, memoryUnlimited);
    }

    /** The resources of a pod with these containers and overhead. */
    public static PodResources of(List<ContainerResources> init, List<ContainerResources> app, ResourceList overhead,
                                  boolean memoryUnlimited) {
        ResourceList limits = aggregate(init, app, ContainerResources::limits);
        return new PodResources(aggregate(init, app, ContainerResources::requests).plus(overhead),
                limits.plus(limitedOverhead(limits, overhead)),
                aggregate(init, app, ContainerResources::nonZero).plus(overhead),
                QosRules.classify(init, app), memoryUnlimited);
    }

    /** These resources with an overhead the pod did not state itself, as RuntimeClass admission sets it. */
    public PodResources withOverhead(ResourceList overhead) {
        return new PodResources(requests.plus(overhead), limits.plus(limitedOverhead(limits, overhead)),
                nonZeroRequests.plus(overhead), qos, memoryUnlimited);
    }

    /** The overhead added to the limits: only where a limit is set (PodLimits adds it to non-zero limits). */
    private static ResourceList limitedOverhead(ResourceList limits, ResourceList overhead) {
        return new ResourceList(limits.cpu() > 0 ? overhead.cpu() : 0, limits.memory() > 0 ? overhead.memory() : 0,
                limits.ephemeralStorage() > 0 ? overhead.ephemeralStorage() : 0, Map.of());
    }

    private static ResourceList aggregate(List<ContainerResources> init, List<ContainerResources> app,
                                          Function<ContainerResources, ResourceList> amount) {
        ResourceList sum = ResourceList.EMPTY;
        for (ContainerResources container : app) {
            sum = sum.plus(amount.apply(container));
        }
        ResourceList sidecars = ResourceList.EMPTY;
        ResourceList initPeak = ResourceList.EMPTY;
        for (ContainerResources container : init) {
            ResourceList running;
            if (container.sidecar()) {
                sidecars = sidecars.plus(amount.apply(container));
                running = sidecars;
            } else {
                running = amount.apply(container).plus(sidecars);
            }
            initPeak = initPeak.max(running);
        }
        return sum.plus(sidecars).max(initPeak);
    }

    private static List<ContainerResources> containers(PodTemplate template, ContainerKind kind, Quantities quantities) {
        return template.containers(kind).stream().map(container -> resources(container, quantities)).toList();
    }

    private static ContainerResources resources(Container container, Quantities quantities) {
        boolean declared = container.node().get("resources") instanceof YamlMap;
        ResourceList requests = declared ? quantities.read(container.pointer("resources").child("requests"))
                : ResourceList.EMPTY;
        ResourceList limits = declared ? quantities.read(container.pointer("resources").child("limits"))
                : ResourceList.EMPTY;
        return new ContainerResources(requests.withDefaults(limits), limits, container.isSidecar());
    }
}
