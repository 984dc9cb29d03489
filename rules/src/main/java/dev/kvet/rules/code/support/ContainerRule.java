package dev.kvet.rules.code.support;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;

/** A code rule that looks at one container at a time, for every container of every pod or pod template. */
public abstract class ContainerRule implements CodeRule {

    @Override
    public final void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container ->
                checkContainer(object, container, findings)));
    }

    /** Examines one container of {@code object}. */
    protected abstract void checkContainer(KubeObject object, Container container, RuleFindings findings);
}
