package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.SelectorFacts;
import java.util.List;

/**
 * Reports objects of one kind whose non-empty pod selector matches no pod of the run (an empty one selects all),
 * unless an operator may make the pods from a custom resource of the namespace.
 */
abstract class SelectorReach implements CodeRule {

    private final String kind;
    private final String hint;

    SelectorReach(String kind, String hint) {
        this.kind = kind;
        this.hint = hint;
    }

    @Override
    public final List<Indexer<?>> indexers() {
        return List.of(SelectorFacts.INDEXER, PodFacts.INDEXER);
    }

    /** No: the pods it selects may be in the files a partial run leaves out. */
    @Override
    public final boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public final void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind(kind).forEach(object -> {
            SelectorFacts selector = object.fact(SelectorFacts.INDEXER);
            if (selector != null && SelectedPods.reachesNone(manifests, object, selector.selector())) {
                findings.at(object, selector.at(), kind + " \"" + object.name() + "\" selects " + selector.selector()
                        + ", but no Pod or workload in the checked files has these labels", hint);
            }
        });
    }
}
