package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ScaleTarget;
import java.util.List;

/** A HorizontalPodAutoscaler's scaleTargetRef must name a workload of its namespace. */
public final class HpaTarget implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(ScaleTarget.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("HorizontalPodAutoscaler").forEach(hpa -> {
            ScaleTarget target = hpa.fact(ScaleTarget.INDEXER);
            if (target != null && !findings.assumedPresent(target.kind(), target.name())
                    && NamedObjects.inNamespaceOf(manifests, hpa, target.kind(), target.name()).isEmpty()) {
                findings.at(hpa, target.nameAt(), "the autoscaler's target "
                        + NamedObjects.notInFiles(target.kind(), target.name()),
                        NamedObjects.mayBeInCluster(target.kind(), target.name()));
            }
        });
    }
}
