package dev.kvet.rules.code.reliability;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import java.math.BigInteger;

/**
 * A HorizontalPodAutoscaler that may scale down to one replica (minReplicas 1, or left out, which means 1) leaves
 * the workload without redundancy whenever load is low.
 */
public final class HpaMinReplicas implements CodeRule {

    private static final JsonPointer MIN = JsonPointer.of("spec", "minReplicas");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if (!"HorizontalPodAutoscaler".equals(object.kind()) || object.node(JsonPointer.of("spec")) == null) {
            return;
        }
        boolean written = object.node(MIN) != null;
        boolean one = IntOrString.of(object.node(MIN)).filter(value -> value.is(BigInteger.ONE)).isPresent();
        if (!written || one) {
            findings.atKey(object, written ? MIN : JsonPointer.of("spec"), written
                    ? "minReplicas 1 lets the autoscaler scale down to a single pod, with no redundancy"
                    : "the autoscaler has no minReplicas, so it scales down to a single pod, with no redundancy",
                    "set minReplicas: 2 or more for workloads that must stay available");
        }
    }
}
