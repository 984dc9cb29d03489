package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.RepeatedValues;
import dev.kvet.workload.PodTemplate;

/** The volumes of a pod must have unique names. */
public final class VolumeNameUnique implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> {
            for (RepeatedValues.Repeat repeat : RepeatedValues.in(object, pod.specField("volumes"), "name")) {
                findings.atValue(object, repeat.pointer(), "volume name \"" + repeat.value()
                        + "\" is used twice in this pod",
                        "rename one of the volumes (and the volumeMounts that use it)");
            }
        });
    }
}
