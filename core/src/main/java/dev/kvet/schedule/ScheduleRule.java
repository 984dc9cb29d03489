package dev.kvet.schedule;

import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;

/** The findings of the dry-run scheduler: pods that stay pending, and the pressure placed pods put on nodes. */
public enum ScheduleRule {
    PENDING_POD("schedule/pending-pod", Severity.ERROR, "A pod cannot be scheduled on any node",
            "kube-scheduler would leave this pod Pending: no node of the inventory passes every filter. The "
                    + "message is the one kube-scheduler prints, with how many nodes failed for which reason."),
    LARGER_THAN_ANY_NODE("schedule/larger-than-any-node", Severity.ERROR, "A pod requests more than any node has",
            "The pod's requests exceed the allocatable resources of every node, even an empty one: it can never "
                    + "run on this inventory. Lower the requests or add larger nodes."),
    MEMORY_LIMITS_OVER_ALLOCATABLE("schedule/memory-limits-over-allocatable", Severity.WARNING,
            "Memory limits on a node add up to more than its allocatable memory",
            "Requests fit, but if the pods use memory up to their limits the node runs out: the kernel OOM-kills "
                    + "containers and the kubelet evicts pods. Raise requests towards limits or spread the pods."),
    CPU_LIMITS_OVERCOMMIT("schedule/cpu-limits-overcommit", Severity.INFO,
            "CPU limits on a node add up to more than its allocatable cpu",
            "CPU is compressible: when the pods all use their limits they are throttled, not killed."),
    BEST_EFFORT_POD("schedule/best-effort-pod", Severity.WARNING, "A BestEffort pod runs on a node",
            "A pod without any cpu or memory request or limit is BestEffort: the kubelet evicts it first when the "
                    + "node runs short of memory, and the scheduler places it without counting what it uses."),
    EVICTION_ORDER("schedule/eviction-order", Severity.INFO, "The order the kubelet would evict pods in",
            "Under memory pressure the kubelet evicts first the pods using more than their requests, then by "
                    + "lower priority, then by how far usage exceeds requests."),
    LOW_FREE_MEMORY("schedule/low-free-memory", Severity.WARNING,
            "A node is left with less free memory than the eviction threshold",
            "Once its pods are placed, the node's allocatable memory minus the pods' requests is below the "
                    + "kubelet's hard eviction threshold (memory.available, 100Mi by default): any pod using a little "
                    + "more than it requested brings the node into memory pressure and evictions."),
    INVALID_QUANTITY("schedule/invalid-quantity", Severity.ERROR, "A resource amount is not a Kubernetes quantity",
            "The API server refuses the object; the scheduler counted the amount as zero."),
    INVENTORY("schedule/inventory", Severity.ERROR, "A node inventory entry cannot be used",
            "The inventory holds v1 Node objects (as kubectl get nodes -o yaml prints them), NodePool objects of "
                    + "apiVersion kvet.dev/v1alpha1, and an optional KubeletConfiguration.");

    private final RuleInfo info;

    ScheduleRule(String id, Severity severity, String title, String description) {
        this.info = new RuleInfo(id, severity, title, description);
    }

    /** The rule's id, severity and documentation. */
    public RuleInfo info() {
        return info;
    }

    /** The rule id, such as {@code schedule/pending-pod}. */
    public String id() {
        return info.id();
    }
}
