package dev.kvet.schedule;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Labels;
import dev.kvet.schedule.filter.NodeAffinity;
import dev.kvet.schedule.filter.TaintToleration;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodSpec;
import dev.kvet.schedule.pod.PriorityClasses;
import dev.kvet.schedule.pod.RuntimeClasses;
import dev.kvet.schedule.pod.Toleration;
import dev.kvet.schedule.yaml.Quantities;
import dev.kvet.workload.PodTemplate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands workloads to the pods their controllers would create: a Pod is itself; Deployment, ReplicaSet,
 * ReplicationController and StatefulSet make {@code spec.replicas} pods (default 1); a Job makes
 * {@code parallelism} pods (default 1, at most {@code completions}); a CronJob one run of its job; a DaemonSet
 * one pod per node it can run on, with the tolerations the DaemonSet controller adds. Pods are named
 * {@code <workload>-<index>} from 0, or {@code <daemonset>-<node>}. A pod naming a RuntimeClass of the input gets
 * what RuntimeClass admission adds (overhead, nodeSelector, tolerations).
 */
public final class WorkloadPods {

    private static final Set<String> REPLICATED = Set.of("Deployment", "ReplicaSet", "ReplicationController",
            "StatefulSet");

    /** The tolerations the DaemonSet controller adds to every daemon pod (AddOrUpdateDaemonPodTolerations). */
    static final List<Toleration> DAEMON_TOLERATIONS = List.of(
            new Toleration("node.kubernetes.io/not-ready", "Exists", null, "NoExecute"),
            new Toleration("node.kubernetes.io/unreachable", "Exists", null, "NoExecute"),
            new Toleration("node.kubernetes.io/disk-pressure", "Exists", null, "NoSchedule"),
            new Toleration("node.kubernetes.io/memory-pressure", "Exists", null, "NoSchedule"),
            new Toleration("node.kubernetes.io/pid-pressure", "Exists", null, "NoSchedule"),
            new Toleration("node.kubernetes.io/unschedulable", "Exists", null, "NoSchedule"));
    private static final Toleration NETWORK_UNAVAILABLE =
            new Toleration("node.kubernetes.io/network-unavailable", "Exists", null, "NoSchedule");

    private WorkloadPods() {
    }

    /** The pods of every workload among the objects, in input order; bad quantities go to {@code findings}. */
    public static List<Pod> expand(List<KubeObject> objects, List<Node> nodes, Consumer<Finding> findings) {
        PriorityClasses priorities = new PriorityClasses(objects);
        RuntimeClasses runtimeClasses = new RuntimeClasses(objects, findings);
        List<Pod> pods = new ArrayList<>();
        for (KubeObject object : objects) {
            PodTemplate template = PodTemplate.of(object).orElse(null);
            if (template == null || "PodTemplate".equals(object.kind()) || object.name() == null) {
                continue;
            }
            String namespace = object.namespace() == null ? "default" : object.namespace();
            PodSpec written = PodSpec.of(template, namespace, controllerSelector(object),
                    new Quantities(object, findings));
            PodSpec spec = runtimeClasses.admit(written);
            int priority = priorities.priority(spec.priorityClassName());
            if ("DaemonSet".equals(object.kind())) {
                List<Toleration> added = new ArrayList<>(DAEMON_TOLERATIONS);
                if (spec.hostNetwork()) {
                    added.add(NETWORK_UNAVAILABLE);
                }
                // the controller judges the template as written: RuntimeClass admission comes later, per pod
                // (kubernetes/kubernetes#111590)
                PodSpec eligibility = written.withTolerations(added);
                for (Node node : nodes) {
                    if (runsOn(eligibility, node)) {
                        pods.add(new Pod(object.name() + "-" + node.name(), namespace,
                                spec.forDaemonNode(node.name(), added), priority, pods.size()));
                    }
                }
                continue;
            }
            int count = count(object);
            for (int i = 0; i < count; i++) {
                String name = "Pod".equals(object.kind()) ? object.name() : object.name() + "-" + i;
                pods.add(new Pod(name, namespace, spec, priority, pods.size()));
            }
        }
        return pods;
    }

    /** Whether the DaemonSet controller would make a pod for the node (NodeShouldRunDaemonPod). */
    private static boolean runsOn(PodSpec spec, Node node) {
        return (spec.nodeName() == null || spec.nodeName().equals(node.name()))
                && NodeAffinity.matches(spec, node)
                && TaintToleration.untolerated(node, spec.tolerations()).isEmpty();
    }

    private static int count(KubeObject object) {
        String kind = object.kind();
        if (REPLICATED.contains(kind)) {
            return integer(object, JsonPointer.of("spec", "replicas"), 1);
        }
        JsonPointer job = "CronJob".equals(kind) ? JsonPointer.of("spec", "jobTemplate", "spec")
                : "Job".equals(kind) ? JsonPointer.of("spec") : null;
        if (job == null) {
            return 1;
        }
        int parallelism = integer(object, job.child("parallelism"), 1);
        int completions = integer(object, job.child("completions"), Integer.MAX_VALUE);
        return Math.min(parallelism, completions);
    }

    private static int integer(KubeObject object, JsonPointer pointer, int fallback) {
        return object.node(pointer) instanceof YamlScalar scalar && scalar.value().value() instanceof BigInteger value
                && value.signum() >= 0 && value.bitLength() < 31 ? value.intValue() : fallback;
    }

    /** The selector of the controller that owns the pods, which the default spreading counts by. */
    private static LabelSelector controllerSelector(KubeObject object) {
        if (!REPLICATED.contains(object.kind())) {
            return null;
        }
        if (!(object.node(JsonPointer.of("spec", "selector")) instanceof YamlMap selector)) {
            return null;
        }
        if ("ReplicationController".equals(object.kind())) {
            return new LabelSelector(Labels.of(selector), List.of(), false);
        }
        return LabelSelector.of(selector);
    }
}
