package dev.kvet.rules.code.support;

import dev.kvet.check.Manifests;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.PodTemplate;
import java.util.List;
import java.util.Optional;

/** Which pods of the run a selector picks: Pods and the pod templates of workloads, in the selector's namespace. */
public final class SelectedPods {

    private SelectedPods() {
    }

    /** The pods (and workload pod templates) in {@code owner}'s namespace whose labels the selector matches. */
    public static List<PodTemplate> of(Manifests manifests, KubeObject owner, LabelSelector selector) {
        return manifests.objects().stream()
                .filter(object -> !"PodTemplate".equals(object.kind()) && Namespaces.same(owner, object))
                .map(PodTemplate::of)
                .flatMap(Optional::stream)
                .filter(pod -> selector.matches(Labels.of(pod.labels())))
                .toList();
    }
}
