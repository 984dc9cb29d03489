package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases of TestSingleConstraint in kubernetes/pkg/scheduler/framework/plugins/podtopologyspread/filtering_test.go. */
class PodTopologySpreadTest {

    private static final String NODES = Fixtures.node("node-a", "zone=zone1,node=node-a", "1", "1Gi", 10)
            + Fixtures.node("node-b", "zone=zone1,node=node-b", "1", "1Gi", 10)
            + Fixtures.node("node-x", "zone=zone2,node=node-x", "1", "1Gi", 10)
            + Fixtures.node("node-y", "zone=zone2,node=node-y", "1", "1Gi", 10);

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p, labels: {foo: ""}}
            spec:
              topologySpreadConstraints:
              - maxSkew: 1
                topologyKey: zone
                whenUnsatisfiable: DoNotSchedule
                labelSelector: {matchExpressions: [{key: foo, operator: Exists}]}
              containers: [{name: c, image: i}]
            """;

    private static String existing(String name, String namespace, String node) {
        return "---\napiVersion: v1\nkind: Pod\nmetadata: {name: " + name + ", namespace: " + namespace
                + ", labels: {foo: ''}}\nspec: {nodeName: " + node + ", containers: [{name: c, image: i}]}\n";
    }

    @Test
    void namespaceMismatchDoesNotCount() {
        // the case before "pods spread across zones as 3/3, all nodes fit": p-a1 (ns1) and p-b1 (ns2) are in
        // other namespaces and not counted, so zone1 has 0 matching pods and zone2 has 2.
        var snapshot = Fixtures.snapshot(Fixtures.nodes(NODES), existing("p-a1", "ns1", "node-a")
                + existing("p-b1", "ns2", "node-a") + existing("p-x1", "default", "node-x")
                + existing("p-y1", "default", "node-y"));
        Map<String, List<String>> results = Fixtures.filter(new PodTopologySpread(), Fixtures.pod(POD), snapshot);
        assertEquals(List.of(), results.get("node-a"));
        assertEquals(List.of(), results.get("node-b"));
        assertEquals(List.of(PodTopologySpread.REASON), results.get("node-x"));
        assertEquals(List.of(PodTopologySpread.REASON), results.get("node-y"));
    }

    @Test
    void podsSpreadAcrossZonesAs3To3AllNodesFit() {
        var snapshot = Fixtures.snapshot(Fixtures.nodes(NODES), existing("p-a1", "default", "node-a")
                + existing("p-a2", "default", "node-a") + existing("p-b1", "default", "node-b")
                + existing("p-y1", "default", "node-y") + existing("p-y2", "default", "node-y")
                + existing("p-y3", "default", "node-y"));
        Map<String, List<String>> results = Fixtures.filter(new PodTopologySpread(), Fixtures.pod(POD), snapshot);
        results.values().forEach(reasons -> assertEquals(List.of(), reasons));
    }

    @Test
    void nodeWithoutTheTopologyKeyFailsWithMissingLabel() {
        // filtering.go: a node without a constraint's topologyKey gets ErrReasonNodeLabelNotMatch
        var nodes = Fixtures.nodes(NODES + Fixtures.node("node-z", "node=node-z", "1", "1Gi", 10));
        var results = Fixtures.filter(new PodTopologySpread(), Fixtures.pod(POD), Fixtures.snapshot(nodes, null));
        assertEquals(List.of(PodTopologySpread.MISSING_LABEL), results.get("node-z"));
        assertEquals(List.of(), results.get("node-a"));
    }
}
