package dev.kvet.rules.code.reference;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.HashSet;
import java.util.Set;

/** A pod volume that no container mounts: dead configuration, or a mount that was forgotten. */
public final class UnmountedVolume implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).filter(pod -> pod.spec() != null).ifPresent(pod -> {
            Set<String> used = new HashSet<>();
            for (Container container : pod.containers()) {
                for (String field : new String[] {"volumeMounts", "volumeDevices"}) {
                    YamlList mounts = container.node().list(field);
                    for (int i = 0; mounts != null && i < mounts.size(); i++) {
                        if (mounts.get(i) instanceof YamlMap mount && mount.string("name") != null) {
                            used.add(mount.string("name"));
                        }
                    }
                }
            }
            YamlList volumes = pod.spec().list("volumes");
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
                if (volumes.get(i) instanceof YamlMap volume && volume.string("name") != null
                        && !used.contains(volume.string("name"))) {
                    findings.atValue(object, pod.specField("volumes").child(i).child("name"), "volume \""
                            + volume.string("name") + "\" is not mounted by any container",
                            "mount it with volumeMounts in the container that needs it, or remove the volume");
                }
            }
        });
    }
}
