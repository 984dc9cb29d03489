package dev.kvet.schedule.score;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodAffinityTerm;
import dev.kvet.schedule.pod.PodSpec;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.PodMatcher;
import dev.kvet.schedule.snapshot.Snapshot;
import dev.kvet.schedule.snapshot.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * InterPodAffinity's score (weight 2): each domain gains the weight of the pod's preferred affinity terms for
 * every matching pod in it and loses it for preferred anti-affinity; placed pods' preferred terms (and their
 * required affinity terms, at hardPodAffinityWeight 1) that select the pod count the same way. Scores are
 * scaled between the lowest and highest node.
 */
public final class PreferredPodAffinity implements Score {

    private static final int HARD_POD_AFFINITY_WEIGHT = 1;

    @Override
    public int weight() {
        return 2;
    }

    @Override
    public long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        Map<String, Map<String, Long>> byDomain = new HashMap<>();
        PodSpec.PodAffinity own = pod.spec().affinity();
        addIncoming(own.preferred(), 1, snapshot, byDomain);
        addIncoming(own.preferredAnti(), -1, snapshot, byDomain);
        for (Snapshot.PlacedPod placed : snapshot.podsWithAffinity()) {
            PodSpec.PodAffinity theirs = placed.pod().spec().affinity();
            addExisting(theirs.preferred(), 1, pod, placed, byDomain);
            addExisting(theirs.preferredAnti(), -1, pod, placed, byDomain);
            for (PodAffinityTerm term : theirs.required()) {
                add(term, HARD_POD_AFFINITY_WEIGHT, pod, placed, byDomain);
            }
        }
        long[] scores = new long[feasible.size()];
        if (byDomain.isEmpty()) {
            return scores;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long[] raw = new long[feasible.size()];
        for (int i = 0; i < raw.length; i++) {
            Map<String, String> labels = feasible.get(i).node().labels();
            for (Map.Entry<String, Map<String, Long>> key : byDomain.entrySet()) {
                String value = labels.get(key.getKey());
                raw[i] += value == null ? 0 : key.getValue().getOrDefault(value, 0L);
            }
            min = Math.min(min, raw[i]);
            max = Math.max(max, raw[i]);
        }
        for (int i = 0; i < raw.length; i++) {
            scores[i] = max > min ? (long) (MAX_NODE_SCORE * ((double) (raw[i] - min) / (max - min))) : 0;
        }
        return scores;
    }

    private static void addIncoming(List<PodAffinityTerm> terms, int sign, Snapshot snapshot,
                                    Map<String, Map<String, Long>> byDomain) {
        for (PodAffinityTerm term : terms) {
            int[] counts = snapshot.countsByDomain(PodMatcher.allOf(List.of(term)), term.topologyKey());
            Topology topology = snapshot.topology(term.topologyKey());
            Map<String, Long> scores = byDomain.computeIfAbsent(term.topologyKey(), k -> new HashMap<>());
            for (int domain = 0; domain < counts.length; domain++) {
                scores.merge(topology.name(domain), (long) sign * term.weight() * counts[domain], Long::sum);
            }
        }
    }

    private static void addExisting(List<PodAffinityTerm> terms, int sign, Pod pod, Snapshot.PlacedPod placed,
                                    Map<String, Map<String, Long>> byDomain) {
        for (PodAffinityTerm term : terms) {
            add(term, sign * term.weight(), pod, placed, byDomain);
        }
    }

    private static void add(PodAffinityTerm term, long weight, Pod pod, Snapshot.PlacedPod placed,
                            Map<String, Map<String, Long>> byDomain) {
        String value = placed.node().node().labels().get(term.topologyKey());
        if (value != null && term.selects(pod)) {
            byDomain.computeIfAbsent(term.topologyKey(), k -> new HashMap<>()).merge(value, weight, Long::sum);
        }
    }
}
