package dev.kvet.schedule.pressure;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.schedule.pod.PodSpec;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import java.util.List;

/** Where in a workload a scheduling finding points: the field a person would change to fix it. */
final class WorkloadPlaces {

    private WorkloadPlaces() {
    }

    /** The resources of the first app container (or the container, or the pod spec, when absent). */
    static JsonPointer resources(PodSpec spec) {
        List<Container> containers = spec.template().containers(ContainerKind.APP);
        if (containers.isEmpty()) {
            return spec.template().specPointer();
        }
        Container first = containers.get(0);
        return first.node().has("resources") ? first.pointer("resources") : first.pointer();
    }

    /**
     * The amount of a resource in {@code requests} or {@code limits} of the first app container that sets it,
     * else the first container's resources.
     */
    static JsonPointer amount(PodSpec spec, String list, String resource) {
        KubeObject workload = spec.workload();
        for (Container container : spec.template().containers(ContainerKind.APP)) {
            JsonPointer amount = container.pointer("resources").child(list).child(resource);
            if (workload.node(amount) != null) {
                return amount;
            }
        }
        return resources(spec);
    }

    /** The pod spec field behind a kube-scheduler reason, or the pod's resources for resource reasons. */
    static JsonPointer forReason(PodSpec spec, String reason) {
        KubeObject workload = spec.workload();
        String field;
        if (reason.contains("taint") || reason.contains("unschedulable")) {
            field = "tolerations";
        } else if (reason.contains("node affinity/selector")) {
            field = workload.node(spec.pointer("nodeSelector")) != null ? "nodeSelector" : "affinity";
        } else if (reason.contains("requested node name")) {
            field = "nodeName";
        } else if (reason.contains("topology spread")) {
            field = "topologySpreadConstraints";
        } else if (reason.contains("affinity rules") || reason.contains("[NodeAffinity]")
                || reason.contains("affinity terms conflict")) {
            field = "affinity";
        } else if (reason.contains("free ports")) {
            field = "containers";
        } else {
            return resources(spec);
        }
        JsonPointer pointer = spec.pointer(field);
        return workload.node(pointer) != null ? pointer : spec.template().specPointer();
    }
}
