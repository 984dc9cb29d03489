package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;
import java.util.HashSet;
import java.util.Set;

/** An environment variable defined twice in one container: the last definition silently wins. */
public final class DuplicateEnvVar implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container -> {
            YamlList env = container.node().list("env");
            Set<String> seen = new HashSet<>();
            for (int i = 0; env != null && i < env.size(); i++) {
                if (env.get(i) instanceof YamlMap variable && variable.string("name") != null
                        && !seen.add(variable.string("name"))) {
                    findings.atValue(object, container.pointer("env").child(i).child("name"), "environment variable "
                            + variable.string("name") + " is defined again in container \"" + container.name()
                            + "\"; this definition hides the earlier one", "keep one definition of the variable");
                }
            }
        }));
    }
}
