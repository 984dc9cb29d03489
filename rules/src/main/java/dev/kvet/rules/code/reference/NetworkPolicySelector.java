package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import java.util.List;

/** A NetworkPolicy whose podSelector matches no pod of the run isolates nothing. */
public final class NetworkPolicySelector implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return SelectorReach.INDEXERS;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        SelectorReach.reportUnmatched(manifests, "NetworkPolicy", findings,
                "this policy applies to no pod; fix the podSelector or the pod template's labels");
    }
}
