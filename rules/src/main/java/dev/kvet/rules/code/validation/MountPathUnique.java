package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.RepeatedValues;
import dev.kvet.workload.Container;

/** Within a container, two volumeMounts cannot use the same mountPath. */
public final class MountPathUnique extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        for (RepeatedValues.Repeat repeat : RepeatedValues.in(object, container.pointer("volumeMounts"), "mountPath")) {
            findings.atValue(object, repeat.pointer(), "mountPath " + repeat.value() + " is used twice in container \""
                    + container.name() + "\"", "mount each volume at its own path");
        }
    }
}
