package dev.kvet.schedule.pod;

import dev.kvet.object.KubeObject;
import java.util.Map;

/**
 * One pod a workload expands to.
 *
 * @param name      {@code <workload>-<index>}, {@code <daemonset>-<node>}, or a Pod's own name
 * @param namespace its namespace ({@code default} when the manifest leaves it out)
 * @param spec      what the scheduler reads of it
 * @param priority  the priority its class gives it
 * @param sequence  its position in the input, the queue's second key
 */
public record Pod(String name, String namespace, PodSpec spec, int priority, int sequence) {

    /** The pod's labels. */
    public Map<String, String> labels() {
        return spec.labels();
    }

    /** The workload that declares it. */
    public KubeObject workload() {
        return spec.workload();
    }

    /** The pod's resources. */
    public PodResources resources() {
        return spec.resources();
    }
}
