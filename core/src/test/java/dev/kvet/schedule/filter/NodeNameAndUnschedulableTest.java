package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TestNodeName in kubernetes/pkg/scheduler/framework/plugins/nodename/node_name_test.go and TestNodeUnschedulable
 * in .../nodeunschedulable/node_unschedulable_test.go (names kept).
 */
class NodeNameAndUnschedulableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no host specified | '' | true",
            "host matches | 'nodeName: foo' | true",
            "host doesn't match | 'nodeName: bar' | false",
    })
    void nodeName(String name, String spec, boolean fits) {
        var nodes = Fixtures.nodes(Fixtures.node("foo", "", "1", "1Gi", 10));
        var pod = Fixtures.pod("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  " + spec
                + "\n  containers: [{name: c, image: i}]\n");
        assertEquals(fits ? List.of() : List.of(NodeName.REASON),
                Fixtures.filter(new NodeName(), pod, Fixtures.snapshot(nodes, null)).get("foo"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Does not schedule pod to unschedulable node (node.Spec.Unschedulable==true) | true | [] | false",
            "Schedule pod to normal node | false | [] | true",
            "Schedule pod with toleration to unschedulable node (node.Spec.Unschedulable==true) | true"
                    + " | [{key: node.kubernetes.io/unschedulable, effect: NoSchedule}] | true",
    })
    void unschedulable(String name, boolean cordoned, String tolerations, boolean fits) {
        var nodes = Fixtures.nodes("apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nspec: {unschedulable: "
                + cordoned + "}\nstatus: {allocatable: {cpu: '1', memory: 1Gi, pods: '10'}}\n");
        var pod = Fixtures.pod("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  tolerations: " + tolerations
                + "\n  containers: [{name: c, image: i}]\n");
        assertEquals(fits ? List.of() : List.of(NodeUnschedulable.REASON),
                Fixtures.filter(new NodeUnschedulable(), pod, Fixtures.snapshot(nodes, null)).get("node-1"));
    }
}
