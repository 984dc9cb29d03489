package dev.kvet.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.Toleration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pods controllers make, as issue 5 and the controllers' documentation describe them. */
class WorkloadPodsTest {

    private static final List<Node> NODES = Fixtures.nodes(
            Fixtures.node("plain", "", "2", "4Gi", 110)
                    + "---\napiVersion: v1\nkind: Node\nmetadata: {name: cordoned}\nspec:\n  unschedulable: true\n"
                    + "  taints: [{key: node.kubernetes.io/unschedulable, effect: NoSchedule},"
                    + " {key: node.kubernetes.io/disk-pressure, effect: NoSchedule}]\n"
                    + "status: {allocatable: {cpu: '2', memory: 4Gi, pods: '110'}}\n"
                    + "---\napiVersion: v1\nkind: Node\nmetadata: {name: gpu}\nspec:\n"
                    + "  taints: [{key: dedicated, value: gpu, effect: NoSchedule}]\n"
                    + "status: {allocatable: {cpu: '2', memory: 4Gi, pods: '110'}}\n");

    private static List<String> names(String yaml) {
        return Fixtures.pods(yaml, NODES).stream().map(Pod::name).toList();
    }

    @Test
    void replicatedWorkloadsDefaultToOneReplica() {
        assertEquals(List.of("web-0"), names("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
                + "spec: {template: {spec: {containers: [{name: c, image: i}]}}}\n"));
        assertEquals(List.of("db-0", "db-1", "db-2"), names("apiVersion: apps/v1\nkind: StatefulSet\n"
                + "metadata: {name: db}\nspec: {replicas: 3, template: {spec: {containers: [{name: c, image: i}]}}}\n"));
        assertEquals(List.of(), names("apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\n"
                + "spec: {replicas: 0, template: {spec: {containers: [{name: c, image: i}]}}}\n"));
    }

    @Test
    void jobsRunParallelismPodsAtMostCompletions() {
        assertEquals(List.of("batch-0", "batch-1"), names("apiVersion: batch/v1\nkind: Job\nmetadata: {name: batch}\n"
                + "spec: {parallelism: 5, completions: 2, template: {spec: {containers: [{name: c, image: i}]}}}\n"));
        assertEquals(List.of("nightly-0"), names("apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\n"
                + "spec: {schedule: '@daily', jobTemplate: {spec: {template: {spec: {containers: [{name: c, image: i}]}}}}}\n"));
    }

    /**
     * The DaemonSet controller's NodeShouldRunDaemonPod with the tolerations of AddOrUpdateDaemonPodTolerations
     * (kubernetes/pkg/controller/daemon/util): unschedulable and disk-pressure are tolerated, other taints not.
     */
    @Test
    void daemonSetsRunOnEveryNodeTheyTolerate() {
        List<Pod> pods = Fixtures.pods("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\n"
                + "spec: {template: {spec: {containers: [{name: c, image: i}]}}}\n", NODES);
        assertEquals(List.of("agent-plain", "agent-cordoned"), pods.stream().map(Pod::name).toList());
        Schedule schedule = new Scheduler().schedule(NODES, pods);
        assertEquals(List.of("plain", "cordoned"),
                schedule.placements().stream().map(p -> p.node().name()).toList());
    }

    @Test
    void podsKeepTheirNameAndNamespace() {
        Pod pod = Fixtures.pods("apiVersion: v1\nkind: Pod\nmetadata: {name: debug, namespace: ops}\n"
                + "spec: {containers: [{name: c, image: i}]}\n", NODES).get(0);
        assertEquals("debug", pod.name());
        assertEquals("ops", pod.namespace());
    }

    /**
     * The RuntimeClass admission plugin (plugin/pkg/admission/runtimeclass): a pod naming a RuntimeClass gets its
     * overhead.podFixed as spec.overhead, and its scheduling.nodeSelector and tolerations merged into its own.
     */
    @Test
    void aRuntimeClassOfTheInputsAddsItsOverheadNodeSelectorAndTolerations() {
        List<Pod> pods = Fixtures.pods("""
                apiVersion: node.k8s.io/v1
                kind: RuntimeClass
                metadata: {name: kata}
                handler: kata
                overhead:
                  podFixed: {cpu: 250m, memory: 120Mi}
                scheduling:
                  nodeSelector: {runtime: kata}
                  tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: sandboxed}
                spec:
                  runtimeClassName: kata
                  nodeSelector: {disktype: ssd}
                  containers:
                  - {name: c, image: i, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: elsewhere}
                spec:
                  runtimeClassName: gvisor
                  containers: [{name: c, image: i, resources: {requests: {cpu: 100m, memory: 64Mi}}}]
                """, NODES);
        Pod sandboxed = pods.get(0);
        assertEquals(List.of("350m", "184Mi", "184Mi"), List.of(sandboxed.resources().requests().format("cpu"),
                sandboxed.resources().requests().format("memory"), sandboxed.resources().limits().format("memory")));
        assertEquals(Map.of("disktype", "ssd", "runtime", "kata"), sandboxed.spec().nodeSelector());
        assertEquals(List.of(new Toleration("dedicated", "Equal", "gpu", "NoSchedule")),
                sandboxed.spec().tolerations());
        Pod elsewhere = pods.get(1);
        assertEquals(List.of("100m", "64Mi"), List.of(elsewhere.resources().requests().format("cpu"),
                elsewhere.resources().requests().format("memory")));
    }

    /**
     * The DaemonSet controller judges the template as written, without its RuntimeClass (kubernetes/kubernetes#111590):
     * it makes a pod for every node, and the pods on nodes the class's nodeSelector excludes stay Pending.
     */
    @Test
    void daemonSetsIgnoreTheirRuntimeClassWhenChoosingNodes() {
        List<Node> nodes = Fixtures.nodes(Fixtures.node("kata-node", "runtime=kata", "2", "4Gi", 110)
                + Fixtures.node("runc-node", "", "2", "4Gi", 110));
        List<Pod> pods = Fixtures.pods("""
                apiVersion: node.k8s.io/v1
                kind: RuntimeClass
                metadata: {name: kata}
                handler: kata
                scheduling: {nodeSelector: {runtime: kata}}
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec: {template: {spec: {runtimeClassName: kata, containers: [{name: c, image: i}]}}}
                """, nodes);
        assertEquals(List.of("agent-kata-node@kata-node", "agent-runc-node@Pending"),
                new Scheduler().schedule(nodes, pods).placements().stream()
                        .map(p -> p.pod().name() + "@" + p.where()).toList());
    }
}
