package dev.kvet.rules.code.reliability;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ScaleTarget;
import java.util.List;

/**
 * A workload that a HorizontalPodAutoscaler scales should not set spec.replicas: every apply of the manifest resets
 * the replica count the autoscaler chose, so pods are killed and recreated under load.
 */
public final class ReplicasWithHpa implements CodeRule {

    private static final JsonPointer REPLICAS = JsonPointer.of("spec", "replicas");
    /** Where an object (of any kind an autoscaler may scale) sets spec.replicas. */
    private static final Indexer<Place> REPLICAS_SET = object ->
            object.node(REPLICAS) != null ? object.keyPlace(REPLICAS) : null;

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(ScaleTarget.INDEXER, REPLICAS_SET);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("HorizontalPodAutoscaler").forEach(hpa -> {
            ScaleTarget target = hpa.fact(ScaleTarget.INDEXER);
            if (target != null) {
                NamedObjects.inNamespaceOf(manifests, hpa, target.kind(), target.name())
                        .filter(workload -> workload.fact(REPLICAS_SET) != null)
                        .ifPresent(workload -> report(workload, hpa, findings));
            }
        });
    }

    private static void report(IndexedObject workload, IndexedObject hpa, RuleFindings findings) {
        findings.at(workload, workload.fact(REPLICAS_SET), "HorizontalPodAutoscaler \"" + hpa.name()
                + "\" scales this " + workload.kind() + ", but spec.replicas is set, so every apply resets the "
                + "autoscaler's count", "remove spec.replicas from the manifest and let the autoscaler's minReplicas "
                + "decide");
    }
}
