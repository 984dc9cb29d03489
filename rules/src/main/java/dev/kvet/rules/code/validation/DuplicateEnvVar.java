package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.RepeatedValues;
import dev.kvet.workload.Container;

/** An environment variable defined twice in one container: the last definition silently wins. */
public final class DuplicateEnvVar extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        for (RepeatedValues.Repeat repeat : RepeatedValues.in(object, container.pointer("env"), "name")) {
            findings.atValue(object, repeat.pointer(), "environment variable " + repeat.value()
                    + " is defined again in container \"" + container.name()
                    + "\"; this definition hides the earlier one", "keep one definition of the variable");
        }
    }
}
