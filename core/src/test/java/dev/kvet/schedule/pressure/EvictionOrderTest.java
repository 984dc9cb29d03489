package dev.kvet.schedule.pressure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import dev.kvet.schedule.pod.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kubelet's memory-pressure ranking (rankMemoryPressure in kubernetes/pkg/kubelet/eviction/helpers.go, whose
 * helpers_test.go has TestOrderedByExceedsRequestMemory, TestOrderedByPriority and TestOrderedbyMemory), with
 * usage taken as each pod's memory limit.
 */
class EvictionOrderTest {

    private static List<Pod> pods() {
        return Fixtures.pods("""
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata: {name: high}
                value: 1000
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: guaranteed}
                spec: {containers: [{name: c, image: i, resources: {limits: {cpu: 100m, memory: 1Gi}}}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: burstable-small}
                spec: {containers: [{name: c, image: i, resources: {requests: {memory: 1Gi}, limits: {memory: 1200Mi}}}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: burstable-large}
                spec: {containers: [{name: c, image: i, resources: {requests: {memory: 1Gi}, limits: {memory: 3Gi}}}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: best-effort-high}
                spec: {priorityClassName: high, containers: [{name: c, image: i}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: best-effort}
                spec: {containers: [{name: c, image: i}]}
                """, List.of());
    }

    @Test
    void exceedingRequestsFirstThenLowerPriorityThenLargerExcess() {
        List<String> order = EvictionOrder.rank(pods()).stream().map(Pod::name).toList();
        assertEquals(List.of("best-effort", "burstable-large", "burstable-small", "best-effort-high", "guaranteed"),
                order);
    }
}
