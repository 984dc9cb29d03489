package dev.kvet.rules.code.deprecation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;

/** gitRepo volumes: deprecated, and disabled by default since Kubernetes 1.33 (KEP-5040). */
public final class GitRepoVolume implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).filter(pod -> pod.spec() != null).ifPresent(pod -> {
            YamlList volumes = pod.spec().list("volumes");
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
                if (volumes.get(i) instanceof YamlMap volume && volume.has("gitRepo")) {
                    findings.atKey(object, pod.specField("volumes").child(i).child("gitRepo"), "gitRepo volumes are "
                            + "deprecated and disabled by default since Kubernetes 1.33 (they ran git on the node as "
                            + "root)", "clone the repository in an init container into an emptyDir volume, and mount "
                            + "that emptyDir in the container");
                }
            }
        });
    }
}
