package dev.kvet.schedule.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.finding.Finding;
import dev.kvet.schedule.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryReaderTest {

    private static final long MI = 1024L * 1024;
    private static final long GI = 1024 * MI;

    @Test
    void readsKubectlNodeListWithAllocatableTaintsAndLabels() {
        Inventory inventory = Fixtures.inventory("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: worker-1
                    labels: {kubernetes.io/hostname: worker-1, gpu: "true"}
                  spec:
                    taints: [{key: dedicated, value: gpu, effect: NoSchedule}]
                  status:
                    capacity: {cpu: "4", memory: 16Gi, pods: "110"}
                    allocatable: {cpu: 3920m, memory: 15Gi, pods: "58"}
                - apiVersion: v1
                  kind: Node
                  metadata: {name: worker-2}
                  spec: {unschedulable: true}
                  status:
                    allocatable: {cpu: "2", memory: 8Gi}
                """);
        assertEquals(List.of(), inventory.findings());
        Node first = inventory.nodes().get(0);
        assertEquals("worker-1", first.name());
        assertEquals(3920, first.allocatable().cpu());
        assertEquals(15 * GI, first.allocatable().memory());
        assertEquals(58, first.allowedPods());
        assertEquals("true", first.labels().get("gpu"));
        assertEquals(List.of(new Taint("dedicated", "gpu", "NoSchedule")), first.taints());
        Node second = inventory.nodes().get(1);
        assertTrue(second.unschedulable());
        assertEquals("worker-2", second.labels().get(Node.HOSTNAME_LABEL));
        assertEquals(110, second.allowedPods(), "the kubelet's default maxPods");
    }

    /** Kubelet defaults: no kube/system reservation, evictionHard memory.available<100Mi and nodefs.available<10%. */
    @Test
    void derivesAllocatableFromCapacityWithKubeletDefaults() {
        Node node = Fixtures.nodes("""
                apiVersion: v1
                kind: Node
                metadata: {name: worker-1}
                status:
                  capacity: {cpu: "4", memory: 16Gi, ephemeral-storage: 100Gi}
                """).get(0);
        assertEquals(4000, node.allocatable().cpu());
        assertEquals(16 * GI - 100 * MI, node.allocatable().memory());
        assertEquals(90 * GI, node.allocatable().ephemeralStorage());
        assertEquals(100 * MI, node.evictionMemory());
    }

    @Test
    void kubeletConfigurationOverridesTheDefaults() {
        Node node = Fixtures.nodes("""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                kubeReserved: {cpu: 100m, memory: 500Mi}
                systemReserved: {cpu: 100m, memory: 200Mi}
                evictionHard: {memory.available: 300Mi, nodefs.available: 5%}
                maxPods: 30
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: worker-1}
                status:
                  capacity: {cpu: "2", memory: 4Gi, ephemeral-storage: 100Gi}
                """).get(0);
        assertEquals(1800, node.allocatable().cpu());
        assertEquals(4 * GI - 1000 * MI, node.allocatable().memory());
        assertEquals(95 * GI, node.allocatable().ephemeralStorage());
        assertEquals(30, node.allowedPods());
        assertEquals(300 * MI, node.evictionMemory());
    }

    @Test
    void nodePoolExpandsToNamedNodes() {
        Inventory inventory = Fixtures.inventory("""
                apiVersion: kvet.dev/v1alpha1
                kind: NodePool
                metadata: {name: general}
                spec:
                  count: 3
                  kubelet: {kubeReserved: {memory: 924Mi}}
                  template:
                    metadata: {labels: {topology.kubernetes.io/zone: a}}
                    spec: {taints: [{key: pool, value: general, effect: PreferNoSchedule}]}
                    status: {capacity: {cpu: "2", memory: 8Gi}}
                """);
        assertEquals(List.of("general-0", "general-1", "general-2"),
                inventory.nodes().stream().map(Node::name).toList());
        Node node = inventory.nodes().get(2);
        assertEquals(7 * GI, node.allocatable().memory());
        assertEquals("a", node.labels().get("topology.kubernetes.io/zone"));
        assertEquals("general-2", node.labels().get(Node.HOSTNAME_LABEL));
        assertEquals(1, node.taints().size());
    }

    @Test
    void badEntriesAreFindingsAtTheirPlace() {
        Inventory inventory = Fixtures.inventory("""
                apiVersion: v1
                kind: Node
                metadata: {name: worker-1}
                status:
                  allocatable: {cpu: 2 cores, memory: 8Gi}
                ---
                apiVersion: kvet.dev/v1alpha1
                kind: NodePool
                metadata: {name: broken}
                spec:
                  template: {}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: worker-1}
                status: {allocatable: {cpu: "1"}}
                """);
        List<Finding> findings = inventory.findings();
        assertEquals(4, findings.size(), findings.toString());
        assertEquals("schedule/invalid-quantity", findings.get(0).rule());
        assertEquals(5, findings.get(0).span().line());
        assertEquals(22, findings.get(0).span().column());
        assertEquals("schedule/inventory", findings.get(1).rule());
        assertEquals(10, findings.get(1).span().line(), "at spec, which lacks count");
        assertTrue(findings.get(2).message().contains("Deployment"));
        assertTrue(findings.get(3).message().contains("listed twice"));
        assertEquals(1, inventory.nodes().size());
    }
}
