package dev.kvet.rules.code.support;

import dev.kvet.object.Labels;
import dev.kvet.object.LabelSelector;
import dev.kvet.check.Manifests;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which pods of the run a selector picks: Pods and the pod templates of workloads, in the selector's namespace. */
public final class SelectedPods {

    /** A pod with its labels read once per run. */
    private record LabelledPod(PodTemplate pod, Map<String, String> labels) {
    }

    /**
     * The pods of one namespace in reading order: all of them, and those carrying each label pair, so that a
     * selector with matchLabels looks only at the pods that have one of its pairs instead of at every pod.
     */
    private record NamespacePods(List<LabelledPod> all, Map<Map.Entry<String, String>, List<LabelledPod>> byLabel) {

        void add(LabelledPod pod) {
            all.add(pod);
            pod.labels().forEach((key, value) ->
                    byLabel.computeIfAbsent(Map.entry(key, value), pair -> new ArrayList<>()).add(pod));
        }

        /** The pods that may match: those with the selector's rarest matchLabels pair, else all. */
        List<LabelledPod> candidates(LabelSelector selector) {
            List<LabelledPod> fewest = all;
            for (Map.Entry<String, String> pair : selector.matchLabels().entrySet()) {
                List<LabelledPod> carrying = byLabel.getOrDefault(Map.entry(pair.getKey(), pair.getValue()), List.of());
                if (carrying.size() < fewest.size()) {
                    fewest = carrying;
                }
            }
            return fewest;
        }
    }

    private static final NamespacePods NO_PODS = new NamespacePods(List.of(), Map.of());

    private SelectedPods() {
    }

    /** The pods (and workload pod templates) in {@code owner}'s namespace whose labels the selector matches. */
    public static List<PodTemplate> of(Manifests manifests, KubeObject owner, LabelSelector selector) {
        Map<String, NamespacePods> byNamespace = manifests.derived(SelectedPods.class, SelectedPods::index);
        return byNamespace.getOrDefault(Namespaces.of(owner), NO_PODS).candidates(selector).stream()
                .filter(pod -> selector.matches(pod.labels()))
                .map(LabelledPod::pod)
                .toList();
    }

    private static Map<String, NamespacePods> index(Manifests manifests) {
        Map<String, NamespacePods> byNamespace = new HashMap<>();
        for (KubeObject object : manifests.objects()) {
            if ("PodTemplate".equals(object.kind())) {
                continue;
            }
            PodTemplate.of(object).ifPresent(pod -> byNamespace
                    .computeIfAbsent(Namespaces.of(object), namespace -> new NamespacePods(new ArrayList<>(),
                            new HashMap<>()))
                    .add(new LabelledPod(pod, Labels.of(pod.labels()))));
        }
        return byNamespace;
    }
}
