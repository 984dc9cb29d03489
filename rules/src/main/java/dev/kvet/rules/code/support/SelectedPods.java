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

    private SelectedPods() {
    }

    /** The pods (and workload pod templates) in {@code owner}'s namespace whose labels the selector matches. */
    public static List<PodTemplate> of(Manifests manifests, KubeObject owner, LabelSelector selector) {
        Map<String, List<LabelledPod>> byNamespace = manifests.derived(SelectedPods.class, SelectedPods::index);
        return byNamespace.getOrDefault(Namespaces.of(owner), List.of()).stream()
                .filter(pod -> selector.matches(pod.labels()))
                .map(LabelledPod::pod)
                .toList();
    }

    private static Map<String, List<LabelledPod>> index(Manifests manifests) {
        Map<String, List<LabelledPod>> byNamespace = new HashMap<>();
        for (KubeObject object : manifests.objects()) {
            if ("PodTemplate".equals(object.kind())) {
                continue;
            }
            PodTemplate.of(object).ifPresent(pod -> byNamespace
                    .computeIfAbsent(Namespaces.of(object), namespace -> new ArrayList<>())
                    .add(new LabelledPod(pod, Labels.of(pod.labels()))));
        }
        return byNamespace;
    }
}
