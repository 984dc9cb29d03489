package dev.kvet.rules.code.reliability;

import dev.kvet.check.Manifests;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ScaleTarget;

/**
 * A workload that a HorizontalPodAutoscaler scales should not set spec.replicas: every apply of the manifest resets
 * the replica count the autoscaler chose, so pods are killed and recreated under load.
 */
public final class ReplicasWithHpa implements CodeRule {

    private static final JsonPointer REPLICAS = JsonPointer.of("spec", "replicas");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("HorizontalPodAutoscaler").forEach(hpa -> ScaleTarget.of(hpa).ifPresent(target ->
                NamedObjects.inNamespaceOf(manifests, hpa, target.kind(), target.name())
                        .filter(workload -> workload.node(REPLICAS) != null)
                        .ifPresent(workload -> report(workload, hpa, findings))));
    }

    private static void report(KubeObject workload, KubeObject hpa, RuleFindings findings) {
        findings.atKey(workload, REPLICAS, "HorizontalPodAutoscaler \"" + hpa.name() + "\" scales this "
                + workload.kind() + ", but spec.replicas is set, so every apply resets the autoscaler's count",
                "remove spec.replicas from the manifest and let the autoscaler's minReplicas decide");
    }
}
