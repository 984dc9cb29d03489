package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;
import java.util.HashSet;
import java.util.Set;

/** The volumes of a pod must have unique names. */
public final class VolumeNameUnique implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).filter(pod -> pod.spec() != null).ifPresent(pod -> {
            YamlList volumes = pod.spec().list("volumes");
            Set<String> seen = new HashSet<>();
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
                if (volumes.get(i) instanceof YamlMap volume && volume.string("name") != null
                        && !seen.add(volume.string("name"))) {
                    findings.atValue(object, pod.specField("volumes").child(i).child("name"), "volume name \""
                            + volume.string("name") + "\" is used twice in this pod",
                            "rename one of the volumes (and the volumeMounts that use it)");
                }
            }
        });
    }
}
