package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ScaleTarget;

/** A HorizontalPodAutoscaler's scaleTargetRef must name a workload of its namespace. */
public final class HpaTarget implements CodeRule {

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("HorizontalPodAutoscaler").forEach(hpa -> ScaleTarget.of(hpa).ifPresent(target -> {
            if (!findings.assumedPresent(target.kind(), target.name())
                    && NamedObjects.inNamespaceOf(manifests, hpa, target.kind(), target.name()).isEmpty()) {
                findings.atValue(hpa, ScaleTarget.NAME, "the autoscaler's target "
                        + NamedObjects.notInFiles(target.kind(), target.name()),
                        NamedObjects.mayBeInCluster(target.kind(), target.name()));
            }
        }));
    }
}
