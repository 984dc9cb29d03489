package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.RepeatedValues;
import dev.kvet.workload.Container;

/** Within a container, port names must be unique; the API server rejects duplicates. */
public final class ContainerPortNameUnique extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        for (RepeatedValues.Repeat repeat : RepeatedValues.in(object, container.pointer("ports"), "name")) {
            findings.atValue(object, repeat.pointer(), "port name \"" + repeat.value()
                    + "\" is used twice in container \"" + container.name() + "\"", "give each port its own name");
        }
    }
}
