package dev.kvet.rules.code.validation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import java.util.Set;

/** spec.replicas of a Deployment, ReplicaSet, StatefulSet or ReplicationController must be zero or more. */
public final class NegativeReplicas implements CodeRule {

    private static final Set<String> KINDS = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");
    private static final JsonPointer REPLICAS = JsonPointer.of("spec", "replicas");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if (!KINDS.contains(object.kind())) {
            return;
        }
        IntOrString.of(object.node(REPLICAS)).filter(IntOrString::isNumber)
                .filter(replicas -> replicas.number().signum() < 0)
                .ifPresent(replicas -> findings.atValue(object, REPLICAS, "replicas " + replicas
                        + " is negative", "use 0 to stop all pods, or a positive count"));
    }
}
