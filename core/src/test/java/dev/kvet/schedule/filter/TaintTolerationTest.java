package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases of TestTaintTolerationFilter in
 * kubernetes/pkg/scheduler/framework/plugins/tainttoleration/taint_toleration_test.go (names kept), with the
 * reason worded as kube-scheduler prints it today ("node(s) had untolerated taint {key: value}").
 */
class TaintTolerationTest {

    private static final String FITS = "";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A pod having no tolerations can't be scheduled onto a node with nonempty taints | []"
                    + " | [{key: dedicated, value: user1, effect: NoSchedule}] | node(s) had untolerated taint {dedicated: user1}",
            "A pod which can be scheduled on a dedicated node assigned to user1 with effect NoSchedule"
                    + " | [{key: dedicated, operator: Equal, value: user1, effect: NoSchedule}]"
                    + " | [{key: dedicated, value: user1, effect: NoSchedule}] | " + FITS,
            "A pod which can't be scheduled on a dedicated node assigned to user2 with effect NoSchedule"
                    + " | [{key: dedicated, operator: Equal, value: user2, effect: NoSchedule}]"
                    + " | [{key: dedicated, value: user1, effect: NoSchedule}] | node(s) had untolerated taint {dedicated: user1}",
            "A pod can be scheduled onto the node, with a toleration uses operator Exists that tolerates the taints on the node"
                    + " | [{key: foo, operator: Exists, effect: NoSchedule}]"
                    + " | [{key: foo, value: bar, effect: NoSchedule}] | " + FITS,
            "A pod has multiple tolerations, node has multiple taints, all the taints are tolerated"
                    + " | [{key: dedicated, operator: Equal, value: user2, effect: NoSchedule}, {key: foo, operator: Exists, effect: NoSchedule}]"
                    + " | [{key: dedicated, value: user2, effect: NoSchedule}, {key: foo, value: bar, effect: NoSchedule}] | " + FITS,
            "A pod has a toleration that keys and values match the taint on the node, but (non-empty) effect doesn't match"
                    + " | [{key: foo, operator: Equal, value: bar, effect: PreferNoSchedule}]"
                    + " | [{key: foo, value: bar, effect: NoSchedule}] | node(s) had untolerated taint {foo: bar}",
            "The pod has a toleration that keys and values match the taint on the node, the effect of toleration is empty"
                    + " | [{key: foo, operator: Equal, value: bar}]"
                    + " | [{key: foo, value: bar, effect: NoSchedule}] | " + FITS,
            "The pod has a toleration that key and value don't match the taint on the node, but the effect of taint on node is PreferNoSchedule"
                    + " | [{key: dedicated, operator: Equal, value: user2, effect: NoSchedule}]"
                    + " | [{key: dedicated, value: user1, effect: PreferNoSchedule}] | " + FITS,
            "The pod has no toleration, but the effect of taint on node is PreferNoSchedule | []"
                    + " | [{key: dedicated, value: user1, effect: PreferNoSchedule}] | " + FITS,
            // v1.Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go): an empty key with Exists matches all
            "empty key with operator Exists tolerates every taint | [{operator: Exists}]"
                    + " | [{key: dedicated, value: gpu, effect: NoExecute}] | " + FITS,
            "NoExecute taints are filtered too | []"
                    + " | [{key: dedicated, value: gpu, effect: NoExecute}] | node(s) had untolerated taint {dedicated: gpu}",
    })
    void filter(String name, String tolerations, String taints, String reason) {
        List<Node> nodes = Fixtures.nodes("apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nspec:\n  taints: " + taints
                + "\nstatus: {allocatable: {cpu: '1', memory: 1Gi, pods: '10'}}\n");
        Pod pod = Fixtures.pod("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  tolerations: " + tolerations
                + "\n  containers: [{name: c, image: i}]\n");
        List<String> expected = reason == null || reason.isBlank() ? List.of() : List.of(reason.strip());
        assertEquals(expected, Fixtures.filter(new TaintToleration(), pod, Fixtures.snapshot(nodes, null)).get("node-1"));
    }
}
