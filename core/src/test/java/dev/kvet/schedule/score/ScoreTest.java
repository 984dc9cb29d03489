package dev.kvet.schedule.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

/** Score plugins against cases of kube-scheduler's own score tests (file and case named on each test). */
class ScoreTest {

    /** Two containers: 1000m/2000 and 2000m/3000, the "cpuAndMemory" pod of the noderesources tests. */
    private static final String CPU_AND_MEMORY = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
              - {name: c1, image: i, resources: {requests: {cpu: 1000m, memory: '2000'}}}
              - {name: c2, image: i, resources: {requests: {cpu: 2000m, memory: '3000'}}}
            """;

    private static long[] scores(Score score, String nodes, String pod) {
        Snapshot snapshot = Fixtures.snapshot(Fixtures.nodes(nodes), null);
        Pod incoming = Fixtures.pod(pod);
        return score.scores(incoming, snapshot, snapshot.nodes());
    }

    private static final String DIFFERENTLY_SIZED = Fixtures.node("node1", "", "4000m", "10000", 110)
            + Fixtures.node("node2", "", "6000m", "10000", 110);

    /** least_allocated_test.go "nothing scheduled, resources requested, differently sized nodes": 37 and 50. */
    @Test
    void leastAllocated() {
        assertArrayEquals(new long[] {37, 50}, scores(new LeastAllocated(), DIFFERENTLY_SIZED, CPU_AND_MEMORY));
    }

    /** balanced_allocation_test.go "nothing scheduled, resources requested, differently sized nodes": 87 and 100. */
    @Test
    void balancedAllocation() {
        assertArrayEquals(new long[] {87, 100}, scores(new BalancedAllocation(), DIFFERENTLY_SIZED, CPU_AND_MEMORY));
    }

    /** balanced_allocation.go skips BestEffort pods (kubernetes issue 129138). */
    @Test
    void balancedAllocationSkipsBestEffortPods() {
        String bestEffort = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i}]}\n";
        assertArrayEquals(new long[] {0, 0}, scores(new BalancedAllocation(), DIFFERENTLY_SIZED, bestEffort));
    }

    /**
     * taint_toleration_test.go TestTaintTolerationScore "the more intolerable taints a node has, the lower score
     * it gets": 100, 50, 0.
     */
    @Test
    void preferNoScheduleTaints() {
        String nodes = taintedNode("node-a", "[]") + taintedNode("node-b",
                "[{key: cpu-type, value: arm64, effect: PreferNoSchedule}]") + taintedNode("node-c",
                "[{key: cpu-type, value: arm64, effect: PreferNoSchedule}, {key: disk-type, value: ssd, effect: PreferNoSchedule}]");
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  tolerations: [{key: foo, operator: Equal,"
                + " value: bar, effect: PreferNoSchedule}]\n  containers: [{name: c, image: i}]\n";
        assertArrayEquals(new long[] {100, 50, 0}, scores(new PreferNoScheduleTaints(), nodes, pod));
    }

    /**
     * taint_toleration_test.go TestTaintTolerationScore "the nodes that all of their taints are tolerated by the
     * pod, get the same score, no matter how many tolerable taints a node has": 100, 100, 100.
     */
    @Test
    void toleratedPreferNoScheduleTaintsScoreAlike() {
        String nodes = taintedNode("node-a", "[]") + taintedNode("node-b",
                "[{key: cpu-type, value: arm64, effect: PreferNoSchedule}]") + taintedNode("node-c",
                "[{key: cpu-type, value: arm64, effect: PreferNoSchedule}, {key: disk-type, value: ssd, effect: PreferNoSchedule}]");
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  tolerations: [{key: cpu-type, operator: Equal,"
                + " value: arm64, effect: PreferNoSchedule}, {key: disk-type, operator: Equal, value: ssd,"
                + " effect: PreferNoSchedule}]\n  containers: [{name: c, image: i}]\n";
        assertArrayEquals(new long[] {100, 100, 100}, scores(new PreferNoScheduleTaints(), nodes, pod));
    }

    private static String taintedNode(String name, String taints) {
        return "---\napiVersion: v1\nkind: Node\nmetadata: {name: " + name + "}\nspec: {taints: " + taints
                + "}\nstatus: {allocatable: {cpu: '1', memory: 1Gi, pods: '10'}}\n";
    }

    /**
     * node_affinity_test.go TestNodeAffinityPriority "all nodes matches preferred affinity, but nodes have
     * different scores": weights 2, 4 and 5 give node1 18, node5 100, node2 36.
     */
    @Test
    void preferredNodeAffinity() {
        String nodes = Fixtures.node("node1", "foo=bar", "1", "1Gi", 10)
                + Fixtures.node("node5", "foo=bar,key=value,az=az1", "1", "1Gi", 10)
                + Fixtures.node("node2", "key=value", "1", "1Gi", 10);
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  affinity:
                    nodeAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 2
                        preference: {matchExpressions: [{key: foo, operator: In, values: [bar]}]}
                      - weight: 4
                        preference: {matchExpressions: [{key: key, operator: In, values: [value]}]}
                      - weight: 5
                        preference:
                          matchExpressions:
                          - {key: foo, operator: In, values: [bar]}
                          - {key: key, operator: In, values: [value]}
                          - {key: az, operator: In, values: [az1]}
                  containers: [{name: c, image: i}]
                """;
        assertArrayEquals(new long[] {18, 100, 36}, scores(new PreferredNodeAffinity(), nodes, pod));
    }

    /**
     * podtopologyspread/scoring_test.go TestPodTopologySpreadScore "one constraint on node, no existing pods":
     * every node scores 100.
     */
    @Test
    void softTopologySpreadWithoutPods() {
        String nodes = Fixtures.node("node-a", "node=node-a", "1", "1Gi", 10)
                + Fixtures.node("node-b", "node=node-b", "1", "1Gi", 10);
        assertArrayEquals(new long[] {100, 100}, scores(new SoftTopologySpread(), nodes, spreadPod("node")));
    }

    /**
     * podtopologyspread/scoring_test.go "one constraint on node, all 4 nodes are candidates, maxSkew=3": matching
     * pods spread 4/3/2/1 score 44, 66, 77, 100.
     */
    @Test
    void softTopologySpreadFavoursEmptierNodes() {
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {foo: ''}}\nspec:\n"
                + "  topologySpreadConstraints:\n  - {maxSkew: 3, topologyKey: kubernetes.io/hostname,"
                + " whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchExpressions: [{key: foo, operator: Exists}]}}\n"
                + "  containers: [{name: c, image: i}]\n";
        assertArrayEquals(new long[] {44, 66, 77, 100}, spreadScoresWithPods4321(pod));
    }

    /**
     * podtopologyspread/scoring_test.go "system defaulting, nodes don't have zone, pods match service": the system
     * default constraints (hostname maxSkew 3) give the same 44, 66, 77, 100; kvet takes the selector from the
     * controller (here a Deployment) where kube-scheduler also looks at Services.
     */
    @Test
    void systemDefaultSpreading() {
        String deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n"
                + "  selector: {matchLabels: {foo: ''}}\n  template:\n    metadata: {labels: {foo: ''}}\n"
                + "    spec: {containers: [{name: c, image: i}]}\n";
        assertArrayEquals(new long[] {44, 66, 77, 100}, spreadScoresWithPods4321(deployment));
    }

    /** The scores of a pod on node-a to node-d holding 4, 3, 2 and 1 pods labelled foo. */
    private static long[] spreadScoresWithPods4321(String pod) {
        String nodes = Fixtures.node("node-a", "", "1", "1Gi", 10) + Fixtures.node("node-b", "", "1", "1Gi", 10)
                + Fixtures.node("node-c", "", "1", "1Gi", 10) + Fixtures.node("node-d", "", "1", "1Gi", 10);
        Snapshot snapshot = Fixtures.snapshot(Fixtures.nodes(nodes),
                existing("foo", "node-a", "node-a", "node-a", "node-a", "node-b", "node-b", "node-b", "node-c",
                        "node-c", "node-d"));
        return new SoftTopologySpread().scores(Fixtures.pod(pod), snapshot, snapshot.nodes());
    }

    /**
     * podtopologyspread/scoring_test.go "two Constraints on zone and node, with different labelSelectors":
     * 60, 20, 100, 60.
     */
    @Test
    void softTopologySpreadWithTwoConstraints() {
        String nodes = Fixtures.node("node-a", "zone=zone1", "1", "1Gi", 10)
                + Fixtures.node("node-b", "zone=zone1", "1", "1Gi", 10)
                + Fixtures.node("node-x", "zone=zone2", "1", "1Gi", 10)
                + Fixtures.node("node-y", "zone=zone2", "1", "1Gi", 10);
        Snapshot snapshot = Fixtures.snapshot(Fixtures.nodes(nodes), existing("foo", "node-a")
                + existing("foo: '', bar", "node-b") + existing("foo", "node-y") + existing("bar", "node-y"));
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {foo: '', bar: ''}}\nspec:\n"
                + "  topologySpreadConstraints:\n"
                + "  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway,"
                + " labelSelector: {matchExpressions: [{key: foo, operator: Exists}]}}\n"
                + "  - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway,"
                + " labelSelector: {matchExpressions: [{key: bar, operator: Exists}]}}\n"
                + "  containers: [{name: c, image: i}]\n";
        long[] scores = new SoftTopologySpread().scores(Fixtures.pod(pod), snapshot, snapshot.nodes());
        assertArrayEquals(new long[] {60, 20, 100, 60}, scores);
    }

    private static int existingCount;

    /** Pods labelled {@code <labels>: ''} placed on the nodes, one per node name given. */
    private static String existing(String labels, String... nodes) {
        StringBuilder yaml = new StringBuilder();
        for (String node : nodes) {
            yaml.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: e").append(existingCount++)
                    .append(", labels: {").append(labels).append(": ''}}\nspec: {nodeName: ").append(node)
                    .append(", containers: [{name: c, image: i}]}\n");
        }
        return yaml.toString();
    }

    private static String spreadPod(String key) {
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {foo: ''}}\nspec:\n  topologySpreadConstraints:\n"
                + "  - {maxSkew: 1, topologyKey: " + key + ", whenUnsatisfiable: ScheduleAnyway,"
                + " labelSelector: {matchExpressions: [{key: foo, operator: Exists}]}}\n  containers: [{name: c, image: i}]\n";
    }

    /** stayWithS1InRegion of interpodaffinity/scoring_test.go: preferred affinity, weight 5, to security=S1 by region. */
    private static final String STAY_WITH_S1_IN_REGION = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {security: S1}}\n"
            + "spec:\n  affinity:\n    podAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n"
            + "      - weight: 5\n        podAffinityTerm: {labelSelector: {matchExpressions: [{key: security,"
            + " operator: In, values: [S1]}]}, topologyKey: region}\n  containers: [{name: c, image: i}]\n";

    /**
     * interpodaffinity/scoring_test.go TestPreferredAffinity "Affinity: pod that matches topology key & pods in
     * nodes will get high score comparing to others which doesn't match either pods in nodes or in topology key":
     * 100, 0, 0.
     */
    @Test
    void preferredPodAffinity() {
        String nodes = Fixtures.node("node1", "region=China", "1", "1Gi", 10)
                + Fixtures.node("node2", "region=India", "1", "1Gi", 10)
                + Fixtures.node("node3", "az=az1", "1", "1Gi", 10);
        Snapshot snapshot = Fixtures.snapshot(Fixtures.nodes(nodes), existing("security: S1, x", "node1")
                + existing("security: S2, x", "node2") + existing("security: S1, x", "node3"));
        assertArrayEquals(new long[] {100, 0, 0},
                new PreferredPodAffinity().scores(Fixtures.pod(STAY_WITH_S1_IN_REGION), snapshot, snapshot.nodes()));
    }

    /**
     * The next case of TestPreferredAffinity: nodes sharing the topology value of the node with the matching pod
     * (region China) get the same high score: 100, 100, 0.
     */
    @Test
    void preferredPodAffinityScoresTheWholeDomain() {
        String nodes = Fixtures.node("node1", "region=China", "1", "1Gi", 10)
                + Fixtures.node("node2", "region=China,az=az1", "1", "1Gi", 10)
                + Fixtures.node("node3", "region=India", "1", "1Gi", 10);
        Snapshot snapshot = Fixtures.snapshot(Fixtures.nodes(nodes), existing("security: S1, x", "node1"));
        assertArrayEquals(new long[] {100, 100, 0},
                new PreferredPodAffinity().scores(Fixtures.pod(STAY_WITH_S1_IN_REGION), snapshot, snapshot.nodes()));
    }

    /** helper.DefaultNormalizeScore in pkg/scheduler/framework/plugins/helper/normalize_score_test.go. */
    @Test
    void defaultNormalizeScore() {
        assertArrayEquals(new long[] {25, 50, 75, 100}, Score.normalize(new long[] {1, 2, 3, 4}, false));
        assertArrayEquals(new long[] {75, 50, 25, 0}, Score.normalize(new long[] {1, 2, 3, 4}, true));
        assertArrayEquals(new long[] {100, 1, 2, 3}, Score.normalize(new long[] {1000, 10, 20, 30}, false));
        assertArrayEquals(new long[] {0, 99, 98, 97}, Score.normalize(new long[] {1000, 10, 20, 30}, true));
        assertArrayEquals(new long[] {100, 100, 100, 100}, Score.normalize(new long[] {1, 1, 1, 1}, false));
        assertArrayEquals(new long[] {100, 0, 0, 0}, Score.normalize(new long[] {0, 1, 1, 1}, true));
        // every score 0: reversed scores all become 100 (DefaultNormalizeScore's maxCount == 0 branch)
        assertEquals(100, Score.normalize(new long[] {0, 0}, true)[0]);
    }
}
