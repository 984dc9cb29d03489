package dev.kvet.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kvet.schedule.inventory.Node;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The placement loop: queue order, pods seeing earlier pods, the tie-break. */
class SchedulerTest {

    private static final List<Node> TWO_NODES = Fixtures.nodes(Fixtures.node("node-a", "", "2", "4Gi", 110)
            + Fixtures.node("node-b", "", "2", "4Gi", 110));

    private static List<String> placed(String yaml) {
        return new Scheduler().schedule(TWO_NODES, Fixtures.pods(yaml, TWO_NODES)).placements().stream()
                .map(p -> p.pod().name() + "@" + p.where()).toList();
    }

    @Test
    void equalNodesTieToTheFirstListed() {
        assertEquals(List.of("solo@node-a"), placed("apiVersion: v1\nkind: Pod\nmetadata: {name: solo}\n"
                + "spec: {containers: [{name: c, image: i, resources: {requests: {cpu: 500m, memory: 1Gi}}}]}\n"));
    }

    @Test
    void laterPodsSeeEarlierOnes() {
        assertEquals(List.of("big-0@node-a", "big-1@node-b", "big-2@Pending"), placed(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: big}\nspec:\n  replicas: 3\n"
                        + "  template: {spec: {containers: [{name: c, image: i, resources: {requests: {memory: 3Gi}}}]}}\n"));
    }

    @Test
    void higherPriorityLeavesTheQueueFirst() {
        assertEquals(List.of("urgent@node-a", "first-0@node-b", "first-1@Pending"), placed("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: first}
                spec:
                  replicas: 2
                  template: {spec: {containers: [{name: c, image: i, resources: {requests: {memory: 3Gi}}}]}}
                ---
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata: {name: urgent}
                value: 1000000
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: urgent}
                spec:
                  priorityClassName: urgent
                  containers: [{name: c, image: i, resources: {requests: {memory: 3Gi}}}]
                """));
    }

    @Test
    void aPodItsKubeletRefusesIsCountedAsRefusedNotPending() {
        Schedule schedule = new Scheduler().schedule(TWO_NODES, Fixtures.pods("""
                apiVersion: v1
                kind: Pod
                metadata: {name: bound}
                spec: {nodeName: node-a, containers: [{name: c, image: i, resources: {requests: {memory: 1Gi}}}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: too-big}
                spec: {nodeName: node-a, containers: [{name: c, image: i, resources: {requests: {memory: 8Gi}}}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: lost}
                spec: {nodeName: node-z, containers: [{name: c, image: i}]}
                """, TWO_NODES));
        assertEquals(List.of("bound@node-a", "too-big@Refused", "lost@Pending"),
                schedule.placements().stream().map(p -> p.pod().name() + "@" + p.where()).toList());
        assertEquals(List.of(true, false, false), schedule.placements().stream().map(Placement::placed).toList());
        assertEquals(List.of(false, false, true), schedule.placements().stream().map(Placement::pending).toList());
        assertEquals(List.of(false, true, false), schedule.placements().stream().map(Placement::refused).toList());
        assertEquals(1, schedule.placedCount());
        assertEquals(1, schedule.pendingCount());
        assertEquals(1, schedule.refusedCount());
        assertFalse(schedule.everyPodPlaced());
    }

    private static List<String> messages(String yaml) {
        return new Scheduler().schedule(TWO_NODES, Fixtures.pods(yaml, TWO_NODES)).placements().stream()
                .map(p -> p.pod().name() + ": " + p.message()).toList();
    }

    /**
     * NodeAffinity's PreFilter narrows the nodes to those a metadata.name In requirement names (in every term);
     * kube-scheduler filters only those, and the others count as "didn't satisfy plugin(s) [NodeAffinity]"
     * (findNodesThatFitPod in pkg/scheduler/schedule_one.go).
     */
    @Test
    void nodesOutsideNodeAffinitysPreFilterResultAreReportedAsKubeSchedulerDoes() {
        assertEquals(List.of(
                "agent-node-a: 0/2 nodes are available: 1 Insufficient memory, "
                        + "1 node(s) didn't satisfy plugin(s) [NodeAffinity].",
                "agent-node-b: 0/2 nodes are available: 1 Insufficient memory, "
                        + "1 node(s) didn't satisfy plugin(s) [NodeAffinity].",
                "elsewhere: 0/2 nodes are available: 2 node(s) didn't satisfy plugin(s) [NodeAffinity].",
                "either: null"), messages("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                  template: {spec: {containers: [{name: c, image: i, resources: {requests: {memory: 8Gi}}}]}}
                """ + podNamingNodes("elsewhere", "node-z") + podNamingNodes("either", "node-z", "node-b, node-z")));
    }

    /** A pod whose required node affinity has a term per argument: metadata.name In those nodes. */
    private static String podNamingNodes(String name, String... terms) {
        return "---\napiVersion: v1\nkind: Pod\nmetadata: {name: " + name + "}\nspec:\n  affinity: {nodeAffinity: "
                + "{requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: ["
                + Arrays.stream(terms).map(nodes -> "{matchFields: [{key: metadata.name, operator: In, values: ["
                        + nodes + "]}]}").collect(Collectors.joining(", "))
                + "]}}}\n  containers: [{name: c, image: i}]\n";
    }

    /** Terms whose metadata.name requirements leave no node at all fail NodeAffinity's PreFilter. */
    @Test
    void conflictingNodeNameRequirementsFailThePreFilter() {
        assertEquals(List.of("conflict: 0/2 nodes are available: pod affinity terms conflict."), messages("""
                apiVersion: v1
                kind: Pod
                metadata: {name: conflict}
                spec:
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchFields:
                          - {key: metadata.name, operator: In, values: [node-a]}
                          - {key: metadata.name, operator: In, values: [node-b]}
                  containers: [{name: c, image: i}]
                """));
    }

    /** kube-scheduler's ErrNoNodesAvailable (schedulePod in pkg/scheduler/schedule_one.go), not "0/0 nodes". */
    @Test
    void withoutNodesNoNodesAreAvailable() {
        Schedule schedule = new Scheduler().schedule(List.of(), Fixtures.pods("""
                apiVersion: v1
                kind: Pod
                metadata: {name: solo}
                spec: {containers: [{name: c, image: i}]}
                """, List.of()));
        Placement placement = schedule.placements().get(0);
        String message = "no nodes available to schedule pods";
        assertEquals(List.of("Pending", message, List.of(message)),
                List.of(placement.where(), placement.message(), placement.reasons()));
    }
}
