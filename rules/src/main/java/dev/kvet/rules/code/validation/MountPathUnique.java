package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;
import java.util.HashSet;
import java.util.Set;

/** Within a container, two volumeMounts cannot use the same mountPath. */
public final class MountPathUnique implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container -> {
            YamlList mounts = container.node().list("volumeMounts");
            Set<String> seen = new HashSet<>();
            for (int i = 0; mounts != null && i < mounts.size(); i++) {
                if (mounts.get(i) instanceof YamlMap mount && mount.string("mountPath") != null
                        && !seen.add(mount.string("mountPath"))) {
                    findings.atValue(object, container.pointer("volumeMounts").child(i).child("mountPath"),
                            "mountPath " + mount.string("mountPath") + " is used twice in container \""
                                    + container.name() + "\"", "mount each volume at its own path");
                }
            }
        }));
    }
}
