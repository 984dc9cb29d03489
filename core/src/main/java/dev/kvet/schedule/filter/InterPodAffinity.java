package dev.kvet.schedule.filter;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodAffinityTerm;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.PodMatcher;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enforces required pod affinity and anti-affinity: the incoming pod's affinity terms need a matching pod in
 * the node's domain (unless no pod matches anywhere and the pod matches its own terms, the first of a group),
 * its anti-affinity terms forbid domains with a matching pod, and the anti-affinity terms of placed pods
 * forbid their domains to pods they select.
 */
public final class InterPodAffinity implements Filter {

    /** kube-scheduler's reason for a failed affinity term. */
    public static final String AFFINITY = "node(s) didn't match pod affinity rules";
    /** kube-scheduler's reason for a failed anti-affinity term. */
    public static final String ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
    /** kube-scheduler's reason when a placed pod's anti-affinity excludes the incoming pod. */
    public static final String EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";

    @Override
    public NodeTest prepare(Pod pod, Snapshot snapshot) {
        Set<String> forbidden = existingAntiAffinity(pod, snapshot);
        List<PodAffinityTerm> affinity = pod.spec().affinity().required();
        List<PodAffinityTerm> anti = pod.spec().affinity().requiredAnti();
        if (forbidden.isEmpty() && affinity.isEmpty() && anti.isEmpty()) {
            return node -> List.of();
        }
        List<int[]> affinityCounts = new ArrayList<>();
        PodMatcher allTerms = PodMatcher.allOf(affinity);
        boolean anyMatch = false;
        for (PodAffinityTerm term : affinity) {
            int[] counts = snapshot.countsByDomain(allTerms, term.topologyKey());
            anyMatch |= Arrays.stream(counts).anyMatch(count -> count > 0);
            affinityCounts.add(counts);
        }
        boolean firstOfGroup = !anyMatch && affinity.stream().allMatch(term -> term.selects(pod));
        List<int[]> antiCounts = anti.stream().map(term -> snapshot.countsByDomain(
                PodMatcher.allOf(List.of(term)), term.topologyKey())).toList();
        return node -> {
            if (forbids(forbidden, node)) {
                return List.of(EXISTING_ANTI_AFFINITY);
            }
            if (!satisfiesAffinity(affinity, affinityCounts, firstOfGroup, snapshot, node)) {
                return List.of(AFFINITY);
            }
            for (int i = 0; i < anti.size(); i++) {
                int domain = snapshot.topology(anti.get(i).topologyKey()).domainOf(node);
                if (domain >= 0 && antiCounts.get(i)[domain] > 0) {
                    return List.of(ANTI_AFFINITY);
                }
            }
            return List.of();
        };
    }

    private static boolean satisfiesAffinity(List<PodAffinityTerm> terms, List<int[]> counts, boolean firstOfGroup,
                                             Snapshot snapshot, NodeInfo node) {
        boolean podsExist = true;
        for (int i = 0; i < terms.size(); i++) {
            int domain = snapshot.topology(terms.get(i).topologyKey()).domainOf(node);
            if (domain < 0) {
                return false;
            }
            if (counts.get(i)[domain] <= 0) {
                podsExist = false;
            }
        }
        return podsExist || firstOfGroup;
    }

    /** The domains ({@code key=value}) that placed pods' required anti-affinity closes to this pod. */
    private static Set<String> existingAntiAffinity(Pod pod, Snapshot snapshot) {
        Set<String> forbidden = new HashSet<>();
        for (Snapshot.PlacedPod placed : snapshot.podsWithAffinity()) {
            for (PodAffinityTerm term : placed.pod().spec().affinity().requiredAnti()) {
                String value = placed.node().node().labels().get(term.topologyKey());
                if (value != null && term.selects(pod)) {
                    forbidden.add(term.topologyKey() + "=" + value);
                }
            }
        }
        return forbidden;
    }

    private static boolean forbids(Set<String> forbidden, NodeInfo node) {
        if (forbidden.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> label : node.node().labels().entrySet()) {
            if (forbidden.contains(label.getKey() + "=" + label.getValue())) {
                return true;
            }
        }
        return false;
    }
}
