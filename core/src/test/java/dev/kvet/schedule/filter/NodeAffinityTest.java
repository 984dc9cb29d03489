package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import dev.kvet.schedule.pod.Pod;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases of TestNodeAffinity in kubernetes/pkg/scheduler/framework/plugins/nodeaffinity/node_affinity_test.go
 * (names kept; the node is named node1 there too), which exercise
 * k8s.io/component-helpers/scheduling/corev1/nodeaffinity: nodeSelector ANDed with the required terms, terms
 * ORed, expressions and fields ANDed.
 */
class NodeAffinityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no selector | '' | {} | true",
            "missing labels | nodeSelector: {foo: bar} | {} | false",
            "same labels | nodeSelector: {foo: bar} | {foo: bar} | true",
            "node labels are superset | nodeSelector: {foo: bar} | {foo: bar, baz: blah} | true",
            "node labels are subset | nodeSelector: {foo: bar, baz: blah} | {foo: bar} | false",
            "Pod with matchExpressions using In operator that matches the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: foo, operator: In, values: [bar, value2]}]}]}}} | {foo: bar} | true",
            "Pod with matchExpressions using Gt operator that matches the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: kernel-version, operator: Gt, values: ['0204']}]}]}}}"
                    + " | {kernel-version: '0206'} | true",
            "Pod with matchExpressions using NotIn operator that matches the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: mem-type, operator: NotIn, values: [DDR, DDR2]}]}]}}} | {mem-type: DDR3} | true",
            "Pod with matchExpressions using Exists operator that matches the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: GPU, operator: Exists}]}]}}} | {GPU: NVIDIA-GRID-K1} | true",
            "Pod with affinity that don't match node's labels won't schedule onto the node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: foo, operator: In, values: [value1, value2]}]}]}}} | {foo: bar} | false",
            "Pod with a nil []NodeSelectorTerm in affinity, can't match the node's labels and won't schedule onto the node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: null}}}"
                    + " | {foo: bar} | false",
            "Pod with an empty []NodeSelectorTerm in affinity, can't match the node's labels and won't schedule onto the node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}}}"
                    + " | {foo: bar} | false",
            "Pod with empty MatchExpressions is not a valid value will match no objects and won't schedule onto the node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: []}]}}} | {foo: bar} | false",
            "Pod with multiple matchExpressions ANDed that doesn't match the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: GPU, operator: Exists}, {key: GPU, operator: NotIn, values: [AMD, INTER]}]}]}}}"
                    + " | {GPU: AMD} | false",
            "Pod with multiple NodeSelectorTerms ORed in affinity, matches the node's labels and will schedule onto the node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: foo, operator: In, values: [bar, value2]}]},"
                    + " {matchExpressions: [{key: diffkey, operator: In, values: [wrong, value2]}]}]}}} | {foo: bar} | true",
            "Pod with an Affinity and a PodSpec.NodeSelector(the old thing that we are deprecating) both are satisfied, will schedule onto the node"
                    + " | 'nodeSelector: {foo: bar}\n  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution:"
                    + " {nodeSelectorTerms: [{matchExpressions: [{key: foo, operator: Exists}]}]}}}' | {foo: bar} | true",
            "Pod with an Affinity matches node's labels but the PodSpec.NodeSelector(the old thing that we are deprecating) is not satisfied, won't schedule onto the node"
                    + " | 'nodeSelector: {foo: bar}\n  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution:"
                    + " {nodeSelectorTerms: [{matchExpressions: [{key: foo, operator: Exists}]}]}}}' | {foo: barrrrrr} | false",
            "Pod with matchFields using In operator that matches the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchFields: [{key: metadata.name, operator: In, values: [node1]}]}]}}} | {} | true",
            "Pod with matchFields using In operator that does not match the existing node"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchFields: [{key: metadata.name, operator: In, values: [node2]}]}]}}} | {} | false",
            "Pod with two terms: matchFields does not match, but matchExpressions matches"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchFields: [{key: metadata.name, operator: In, values: [node2]}]},"
                    + " {matchExpressions: [{key: foo, operator: In, values: [bar]}]}]}}} | {foo: bar} | true",
            "Pod with one term: matchFields does not match, but matchExpressions matches"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchFields: [{key: metadata.name, operator: In, values: [node2]}],"
                    + " matchExpressions: [{key: foo, operator: In, values: [bar]}]}]}}} | {foo: bar} | false",
            "Lt operator with a value that is not an integer matches nothing (nodeaffinity's Lt parses int64)"
                    + " | affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms:"
                    + " [{matchExpressions: [{key: cores, operator: Lt, values: ['8']}]}]}}} | {cores: many} | false",
    })
    void filter(String name, String podSpec, String labels, boolean fits) {
        var nodes = Fixtures.nodes("apiVersion: v1\nkind: Node\nmetadata:\n  name: node1\n  labels: " + labels
                + "\nstatus: {allocatable: {cpu: '1', memory: 1Gi, pods: '10'}}\n");
        Pod pod = Fixtures.pod("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  " + podSpec
                + "\n  containers: [{name: c, image: i}]\n");
        assertEquals(fits ? List.of() : List.of(NodeAffinity.REASON),
                Fixtures.filter(new NodeAffinity(), pod, Fixtures.snapshot(nodes, null)).get("node1"));
    }
}
