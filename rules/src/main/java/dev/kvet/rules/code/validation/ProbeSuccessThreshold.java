package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.workload.Container;
import java.math.BigInteger;

/** Liveness and startup probes must have successThreshold 1; only readiness may ask for more successes. */
public final class ProbeSuccessThreshold extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        for (Probe probe : Probe.of(container)) {
            if (probe.field().equals("readinessProbe")) {
                continue;
            }
            IntOrString.of(probe.node().get("successThreshold")).filter(IntOrString::isNumber)
                    .filter(threshold -> !threshold.is(BigInteger.ONE))
                    .ifPresent(threshold -> findings.atValue(object, probe.pointer().child("successThreshold"),
                            probe.field() + " of container \"" + container.name() + "\" has successThreshold "
                                    + threshold + ", but a " + probe.field() + " must have 1",
                            "remove successThreshold (it defaults to 1); use failureThreshold to tolerate failures"));
        }
    }
}
