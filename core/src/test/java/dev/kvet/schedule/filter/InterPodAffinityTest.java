package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases of TestRequiredAffinitySingleNode in
 * kubernetes/pkg/scheduler/framework/plugins/interpodaffinity/filtering_test.go (names kept): node1 has labels
 * region=r1, zone=z11; the existing pod on it has labels {service: securityscan}.
 */
class InterPodAffinityTest {

    private static final String NODE = Fixtures.node("node1", "region=r1,zone=z11", "1", "1Gi", 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A pod that has no required pod affinity scheduling rules can schedule onto a node with no existing pods"
                    + " | {} | '' | '' | ''",
            "satisfies with requiredDuringSchedulingIgnoredDuringExecution in PodAffinity using In operator that matches the existing pod"
                    + " | {security: S1} | 'podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]}, topologyKey: region}]}'"
                    + " | '' | ''",
            "satisfies the pod with requiredDuringSchedulingIgnoredDuringExecution in PodAffinity using not in operator in labelSelector that matches the existing pod"
                    + " | {security: S1} | 'podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: NotIn, values: [securityscan3, value3]}]}, topologyKey: region}]}'"
                    + " | '' | ''",
            "Does not satisfy the PodAffinity with labelSelector because of diff Namespace"
                    + " | {security: S1} | 'podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]}, namespaces: [DiffNameSpace],"
                    + " topologyKey: region}]}' | '' | " + InterPodAffinity.AFFINITY,
            "Doesn't satisfy the PodAffinity because of unmatching labelSelector with the existing pod"
                    + " | {security: S1} | 'podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [antivirusscan, value2]}]}, topologyKey: region}]}'"
                    + " | '' | " + InterPodAffinity.AFFINITY,
            "satisfies the PodAffinity and PodAntiAffinity with the existing pod"
                    + " | {security: S1} | 'podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]}, topologyKey: region}]},"
                    + " podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [antivirusscan, value2]}]}, topologyKey: node}]}'"
                    + " | '' | ''",
            "satisfies the PodAffinity but doesn't satisfy the PodAntiAffinity with the existing pod"
                    + " | {security: S1} | 'podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]}, topologyKey: region}]},"
                    + " podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector:"
                    + " {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]}, topologyKey: zone}]}'"
                    + " | '' | " + InterPodAffinity.ANTI_AFFINITY,
            "verify that PodAntiAffinity from existing pod is respected when pod has no AntiAffinity constraints. doesn't satisfy PodAntiAffinity symmetry with the existing pod"
                    + " | {service: securityscan} | '' | 'podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution:"
                    + " [{labelSelector: {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]},"
                    + " topologyKey: zone}]}' | " + InterPodAffinity.EXISTING_ANTI_AFFINITY,
            "Verify that we don't match on the anti-affinity of the existing pod if the incoming pod doesn't match"
                    + " | {security: S1} | '' | 'podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution:"
                    + " [{labelSelector: {matchExpressions: [{key: service, operator: In, values: [securityscan, value2]}]},"
                    + " topologyKey: zone}]}' | ''",
            // filtering.go satisfyPodAffinity: the first pod of a group that has affinity to itself may land anywhere
            "pod matches its own affinity term and no pod matches yet | {team: a} | 'podAffinity:"
                    + " {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {team: a}},"
                    + " topologyKey: region}]}' | '' | ''",
    })
    void filter(String name, String labels, String affinity, String existingAffinity, String reason) {
        String existing = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: existing, labels: {service: securityscan}}\n"
                + "spec:\n  nodeName: node1\n  containers: [{name: c, image: i}]\n"
                + (existingAffinity.isEmpty() ? "" : "  affinity: {" + existingAffinity + "}\n");
        String incoming = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: " + labels + "}\nspec:\n"
                + "  containers: [{name: c, image: i}]\n" + (affinity.isEmpty() ? "" : "  affinity: {" + affinity + "}\n");
        var snapshot = Fixtures.snapshot(Fixtures.nodes(NODE), name.startsWith("pod matches its own") ? null : existing);
        assertEquals(reason.isEmpty() ? List.of() : List.of(reason),
                Fixtures.filter(new InterPodAffinity(), Fixtures.pod(incoming), snapshot).get("node1"));
    }
}
