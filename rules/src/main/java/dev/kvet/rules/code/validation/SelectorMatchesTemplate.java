package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Labels;
import dev.kvet.rules.code.support.WorkloadSelector;
import dev.kvet.workload.PodTemplate;
import java.util.Map;

/**
 * A workload's selector must select its own pod template (the API server rejects it otherwise): Deployment,
 * ReplicaSet, StatefulSet, DaemonSet, ReplicationController, and a Job with {@code manualSelector: true}.
 */
public final class SelectorMatchesTemplate implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if ("Job".equals(object.kind()) && !manualSelector(object)) {
            return;
        }
        WorkloadSelector.of(object).ifPresent(workload -> PodTemplate.of(object).ifPresent(pod -> {
            LabelSelector selector = workload.selector();
            Map<String, String> labels = Labels.of(pod.labels());
            if (selector.isEmpty()) {
                findings.atKey(object, workload.pointer(), "the " + object.kind() + "'s selector is empty; the API "
                        + "server requires one that selects the pod template's labels",
                        "select the pods by the labels of spec.template.metadata.labels, e.g. matchLabels: {app: web}");
            } else if (!selector.matches(labels)) {
                findings.atKey(object, workload.pointer(), "the selector " + selector + " does not match the pod "
                        + "template's labels (" + (labels.isEmpty() ? "none" : LabelSelector.ofMap(pod.labels()))
                        + "), so the API server rejects this " + object.kind(),
                        "give spec.template.metadata.labels every label the selector requires");
            }
        }));
    }

    private static boolean manualSelector(KubeObject object) {
        return object.node(JsonPointer.of("spec", "manualSelector")) instanceof YamlScalar scalar
                && Boolean.TRUE.equals(scalar.value().value());
    }
}
