package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.SelectorFacts;
import java.util.List;

/** Reports objects whose non-empty pod selector matches no pod of the run (an empty one selects every pod). */
final class SelectorReach {

    /** What the rules that use it must declare. */
    static final List<Indexer<?>> INDEXERS = List.of(SelectorFacts.INDEXER, PodFacts.INDEXER);

    private SelectorReach() {
    }

    static void reportUnmatched(Manifests manifests, String kind, RuleFindings findings, String hint) {
        if (findings.partial()) {
            return; // the pods it selects may be in the files left out
        }
        manifests.ofKind(kind).forEach(object -> {
            SelectorFacts selector = object.fact(SelectorFacts.INDEXER);
            if (selector != null && !selector.selector().isEmpty()
                    && SelectedPods.of(manifests, object, selector.selector()).isEmpty()) {
                findings.at(object, selector.at(), kind + " \"" + object.name() + "\" selects " + selector.selector()
                        + ", but no Pod or workload in the checked files has these labels", hint);
            }
        });
    }
}
