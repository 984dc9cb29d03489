package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.ServiceFacts;
import java.util.List;

/**
 * A Service whose selector matches no Pod or workload pod template of the run sends traffic nowhere; unless an
 * operator may make the pods from a custom resource of its namespace.
 */
public final class ServiceSelector implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(ServiceFacts.INDEXER, PodFacts.INDEXER);
    }

    /** No: the pods it selects may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Service").forEach(service -> {
            ServiceFacts facts = service.fact(ServiceFacts.INDEXER);
            if (facts.selector() != null && SelectedPods.reachesNone(manifests, service, facts.selector())) {
                findings.at(service, facts.selectorAt(), "Service \"" + service.name() + "\" selects "
                        + facts.selector() + ", but no Pod or workload in the checked files has these labels",
                        "fix the selector or the pod template's labels (pods in another namespace do not count)");
            }
        });
    }
}
