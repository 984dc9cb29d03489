package dev.kvet.schedule.filter;

import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pod fits a node whose free allocatable resources (allocatable minus the requests of its pods) cover the
 * pod's requests, and which has room for one more pod. Every short resource is a reason of its own.
 */
public final class NodeResourcesFit implements Filter {

    /** kube-scheduler's reason when the node's pod count is reached. */
    public static final String TOO_MANY_PODS = "Too many pods";

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        ResourceList request = pod.resources().requests();
        return node -> reasons(request, node);
    }

    /** The reasons a node cannot take a pod with these requests. */
    public static List<String> reasons(ResourceList request, NodeInfo node) {
        List<String> reasons = new ArrayList<>();
        if (node.pods().size() + 1 > node.node().allowedPods()) {
            reasons.add(TOO_MANY_PODS);
        }
        ResourceList free = node.allocatable();
        ResourceList used = node.requested();
        if (request.cpu() > 0 && request.cpu() > free.cpu() - used.cpu()) {
            reasons.add(insufficient(ResourceList.CPU));
        }
        if (request.memory() > 0 && request.memory() > free.memory() - used.memory()) {
            reasons.add(insufficient(ResourceList.MEMORY));
        }
        if (request.ephemeralStorage() > 0
                && request.ephemeralStorage() > free.ephemeralStorage() - used.ephemeralStorage()) {
            reasons.add(insufficient(ResourceList.EPHEMERAL_STORAGE));
        }
        for (Map.Entry<String, Long> scalar : request.scalars().entrySet()) {
            long wanted = scalar.getValue();
            if (wanted > 0 && wanted > free.get(scalar.getKey()) - used.get(scalar.getKey())) {
                reasons.add(insufficient(scalar.getKey()));
            }
        }
        return reasons;
    }

    /** kube-scheduler's reason for a short resource: {@code Insufficient memory}. */
    public static String insufficient(String resource) {
        return "Insufficient " + resource;
    }
}
