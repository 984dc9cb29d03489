package dev.kvet.rules.code.reliability;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import java.math.BigInteger;

/** A HorizontalPodAutoscaler's minReplicas must not exceed its maxReplicas. */
public final class HpaMinMax implements CodeRule {

    private static final JsonPointer MIN = JsonPointer.of("spec", "minReplicas");
    private static final JsonPointer MAX = JsonPointer.of("spec", "maxReplicas");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if (!"HorizontalPodAutoscaler".equals(object.kind())) {
            return;
        }
        BigInteger min = IntOrString.of(object.node(MIN)).filter(IntOrString::isNumber).map(IntOrString::number)
                .orElse(BigInteger.ONE);
        IntOrString.of(object.node(MAX)).filter(IntOrString::isNumber).map(IntOrString::number)
                .filter(max -> min.compareTo(max) > 0)
                .ifPresent(max -> findings.atValue(object, object.node(MIN) == null ? MAX : MIN, "minReplicas " + min
                        + " is more than maxReplicas " + max + "; the API server rejects this autoscaler",
                        "make minReplicas at most maxReplicas"));
    }
}
