package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import java.util.List;

/** A PodDisruptionBudget whose selector matches no pod of the run protects nothing. */
public final class PdbSelector implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return SelectorReach.INDEXERS;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        SelectorReach.reportUnmatched(manifests, "PodDisruptionBudget", findings,
                "this PodDisruptionBudget protects no pod; fix the selector or the pod template's labels");
    }
}
