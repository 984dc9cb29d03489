package dev.kvet.rules.code.deprecation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;

/** The pod field serviceAccount, a deprecated alias of serviceAccountName. */
public final class ServiceAccountField implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).filter(pod -> pod.spec() != null && pod.spec().has("serviceAccount")).ifPresent(pod -> {
            String alias = pod.spec().string("serviceAccount");
            String name = pod.spec().string("serviceAccountName");
            String conflict = name != null && alias != null && !name.equals(alias)
                    ? "; it also disagrees with serviceAccountName \"" + name + "\", which wins" : "";
            findings.atKey(object, pod.specField("serviceAccount"), "serviceAccount is a deprecated alias of "
                    + "serviceAccountName" + conflict, "write serviceAccountName: " + (alias == null ? "NAME" : alias)
                    + " and remove serviceAccount");
        });
    }
}
