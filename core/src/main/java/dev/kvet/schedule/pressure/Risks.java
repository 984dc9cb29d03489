package dev.kvet.schedule.pressure;

import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.resource.QuantityFormat;
import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.Placement;
import dev.kvet.schedule.Schedule;
import dev.kvet.schedule.ScheduleRule;
import dev.kvet.schedule.filter.NodeResourcesFit;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodSpec;
import dev.kvet.schedule.pod.QosClass;
import dev.kvet.schedule.snapshot.NodeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a schedule into findings located at the workloads: pods left pending (or too large for any node), and
 * per node the memory and cpu limits beyond allocatable, BestEffort pods, the kubelet's eviction order, and
 * free memory below the eviction threshold.
 */
public final class Risks {

    private Risks() {
    }

    /** Every risk of the schedule, pending pods first, then node by node in inventory order. */
    public static List<Risk> of(Schedule schedule) {
        List<Risk> risks = new ArrayList<>();
        pending(schedule, risks);
        for (NodeInfo node : schedule.nodes()) {
            overLimit(node, ResourceList.MEMORY, ScheduleRule.MEMORY_LIMITS_OVER_ALLOCATABLE, risks);
            overLimit(node, ResourceList.CPU, ScheduleRule.CPU_LIMITS_OVERCOMMIT, risks);
            lowFreeMemory(node, risks);
            bestEffort(node, risks);
        }
        return risks;
    }

    private static void pending(Schedule schedule, List<Risk> risks) {
        Map<String, List<Placement>> byWorkloadAndMessage = new LinkedHashMap<>();
        Set<KubeObject> placed = new HashSet<>();
        for (Placement placement : schedule.placements()) {
            if (placement.placed()) {
                placed.add(placement.pod().workload());
            } else {
                String tooLarge = largerThanAnyNode(placement.pod(), schedule.nodes());
                String key = identity(placement.pod().workload()) + "\n"
                        + (tooLarge != null ? tooLarge : placement.message());
                byWorkloadAndMessage.computeIfAbsent(key, k -> new ArrayList<>()).add(placement);
            }
        }
        for (List<Placement> group : byWorkloadAndMessage.values()) {
            Pod first = group.get(0).pod();
            String names = group.stream().map(p -> p.pod().name()).collect(Collectors.joining(", "));
            boolean refused = group.get(0).refused();
            String verb = refused ? " cannot run" : group.size() == 1 ? " stays Pending" : " stay Pending";
            String tooLarge = refused ? null : largerThanAnyNode(first, schedule.nodes());
            if (tooLarge != null) {
                risks.add(new Risk(null, finding(first.spec(), WorkloadPlaces.resources(first.spec()),
                        ScheduleRule.LARGER_THAN_ANY_NODE, names + verb + ": " + tooLarge,
                        "lower the requests, or add nodes large enough")));
                continue;
            }
            Placement placement = group.get(0);
            String reason = placement.reasons().isEmpty() ? "" : placement.reasons().get(0);
            JsonPointer replicas = JsonPointer.of("spec", "replicas");
            boolean someReplicasFit = placed.contains(first.workload()) && first.workload().node(replicas) != null
                    && (reason.contains("Insufficient") || reason.contains("Too many pods"));
            JsonPointer at = someReplicasFit ? replicas : WorkloadPlaces.forReason(first.spec(), reason);
            risks.add(new Risk(null, finding(first.spec(), at, ScheduleRule.PENDING_POD,
                    names + verb + ": " + placement.message(), hint(reason))));
        }
    }

    private static String hint(String reason) {
        if (reason.contains("Insufficient") || reason.contains("Too many pods")) {
            return "lower the requests, lower the replicas, or add capacity to the inventory";
        }
        if (reason.contains("taint")) {
            return "add a toleration for the taint, or remove the taint from the nodes";
        }
        if (reason.contains("requested node name")) {
            return "name a node of the inventory, or leave spec.nodeName out and let the scheduler choose";
        }
        if (reason.contains("[NodeAffinity]") || reason.contains("affinity terms conflict")) {
            return "name nodes of the inventory in the node affinity's metadata.name requirements";
        }
        if (reason.contains("affinity/selector")) {
            return "check nodeSelector and node affinity against the node labels of the inventory";
        }
        return null;
    }

    /** Why the pod would not fit even on an empty node of the inventory, or null when some node could take it. */
    static String largerThanAnyNode(Pod pod, List<NodeInfo> nodes) {
        ResourceList request = pod.resources().requests();
        for (NodeInfo node : nodes) {
            if (NodeResourcesFit.reasons(request, new NodeInfo(node.node(), node.index())).isEmpty()) {
                return null;
            }
        }
        if (nodes.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String resource : resourcesOf(request)) {
            long largest = nodes.stream().mapToLong(n -> n.allocatable().get(resource)).max().orElse(0);
            if (request.get(resource) > largest) {
                parts.add(resource + " " + request.format(resource) + " but the largest node has "
                        + QuantityFormat.of(resource, largest) + " allocatable");
            }
        }
        return parts.isEmpty() ? "it requests " + describe(request) + ", more than any single node has free when empty"
                : "it requests " + String.join("; ", parts);
    }

    private static List<String> resourcesOf(ResourceList list) {
        List<String> names = new ArrayList<>(List.of(ResourceList.CPU, ResourceList.MEMORY,
                ResourceList.EPHEMERAL_STORAGE));
        names.addAll(list.scalars().keySet());
        return names.stream().filter(list::has).toList();
    }

    private static String describe(ResourceList list) {
        return resourcesOf(list).stream().map(r -> r + " " + list.format(r)).collect(Collectors.joining(", "));
    }

    private static void overLimit(NodeInfo node, String resource, ScheduleRule rule, List<Risk> risks) {
        long allocatable = node.allocatable().get(resource);
        if (node.limits().get(resource) <= allocatable) {
            return;
        }
        long sum = 0;
        Pod tipping = null;
        for (Pod pod : node.pods()) {
            sum += pod.resources().limits().get(resource);
            if (tipping == null && sum > allocatable) {
                tipping = pod;
            }
        }
        long over = sum - allocatable;
        String percent = allocatable == 0 ? "" : String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * over / allocatable));
        long unlimited = node.pods().stream().filter(pod -> pod.resources().memoryUnlimited()).count();
        String consequence = ResourceList.MEMORY.equals(resource)
                ? (unlimited == 0 ? "" : " and " + unlimited + " of them set no memory limit at all")
                        + "; if the pods use their limits the node runs out of memory, the kernel OOM-kills containers "
                        + "and the kubelet evicts pods"
                : "; when the pods all use their limits they are throttled";
        String message = resource + " limits of the " + node.pods().size() + " pods on node " + node.node().name()
                + " add up to " + QuantityFormat.of(resource, sum) + ", " + QuantityFormat.of(resource, over)
                + percent + " over its allocatable " + QuantityFormat.of(resource, allocatable)
                + " (exceeded once " + tipping.name() + " was placed)" + consequence;
        risks.add(new Risk(node.node().name(), finding(tipping.spec(), WorkloadPlaces.amount(tipping.spec(), "limits", resource),
                rule, message, ResourceList.MEMORY.equals(resource)
                        ? "set memory requests closer to limits, or spread these pods over more nodes" : null)));
        if (ResourceList.MEMORY.equals(resource)) {
            evictionOrder(node, risks);
        }
    }

    private static void evictionOrder(NodeInfo node, List<Risk> risks) {
        List<Pod> ranked = EvictionOrder.rank(node.pods());
        String order = ranked.stream().map(Risks::evictionEntry).collect(Collectors.joining(", "));
        Pod first = ranked.get(0);
        risks.add(new Risk(node.node().name(), finding(first.spec(), WorkloadPlaces.resources(first.spec()),
                ScheduleRule.EVICTION_ORDER, "under memory pressure the kubelet on node " + node.node().name()
                        + " evicts in this order: " + order, null)));
    }

    private static String evictionEntry(Pod pod) {
        long above = EvictionOrder.usageAboveRequest(pod);
        String usage = above == Long.MAX_VALUE ? "no memory limit"
                : above == 0 ? "within its request" : "up to " + QuantityFormat.binary(above) + " over its request";
        return pod.name() + " (" + pod.resources().qos().label() + ", priority " + pod.priority() + ", " + usage + ")";
    }

    private static void lowFreeMemory(NodeInfo node, List<Risk> risks) {
        long threshold = node.node().evictionMemory();
        long allocatable = node.allocatable().memory();
        if (node.pods().isEmpty() || allocatable - node.requested().memory() >= threshold) {
            return;
        }
        long requested = 0;
        Pod tipping = null;
        for (Pod pod : node.pods()) {
            requested += pod.resources().requests().memory();
            if (allocatable - requested < threshold) {
                tipping = pod;
                break;
            }
        }
        long free = Math.max(0, allocatable - node.requested().memory());
        String message = "once " + tipping.name() + " is placed, node " + node.node().name() + " has "
                + QuantityFormat.binary(free) + " of its " + QuantityFormat.binary(allocatable)
                + " allocatable memory left unrequested, less than the kubelet's eviction threshold "
                + "memory.available<" + QuantityFormat.binary(threshold)
                + ": any pod using a little more than its request triggers evictions";
        risks.add(new Risk(node.node().name(), finding(tipping.spec(),
                WorkloadPlaces.amount(tipping.spec(), "requests", ResourceList.MEMORY),
                ScheduleRule.LOW_FREE_MEMORY, message, "leave headroom: lower requests or add memory to the node")));
    }

    private static void bestEffort(NodeInfo node, List<Risk> risks) {
        Map<KubeObject, List<Pod>> byWorkload = new LinkedHashMap<>();
        for (Pod pod : node.pods()) {
            if (pod.resources().qos() == QosClass.BEST_EFFORT) {
                byWorkload.computeIfAbsent(pod.workload(), k -> new ArrayList<>()).add(pod);
            }
        }
        byWorkload.forEach((workload, pods) -> {
            String names = pods.stream().map(Pod::name).collect(Collectors.joining(", "));
            risks.add(new Risk(node.node().name(), finding(pods.get(0).spec(),
                    WorkloadPlaces.resources(pods.get(0).spec()), ScheduleRule.BEST_EFFORT_POD,
                    names + (pods.size() == 1 ? " is" : " are") + " BestEffort (no cpu or memory requests or limits) "
                            + "on node " + node.node().name() + ": the first evicted when it runs short of memory",
                    "set resources.requests (and limits) for cpu and memory")));
        });
    }

    private static Finding finding(PodSpec spec, JsonPointer pointer, ScheduleRule rule, String message, String hint) {
        KubeObject workload = spec.workload();
        JsonPointer at = workload.node(pointer) != null ? pointer : spec.template().specPointer();
        return workload.findingAtKey(at, rule.info().severity(), rule.id(), message, hint);
    }

    private static String identity(KubeObject object) {
        return object.file() + "#" + object.document().index() + object.base();
    }
}
