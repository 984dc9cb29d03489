package dev.kvet.rules.code.reliability;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.Namespaces;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.SelectorFacts;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Deployment or StatefulSet that runs several replicas, but that no PodDisruptionBudget protects: a node drain
 * may evict all its pods at once. As in kube-score, a workload that leaves replicas out is checked (an autoscaler
 * or a person usually scales it), one that sets fewer than 2 is not.
 */
public final class MissingPdb implements CodeRule {

    private static final JsonPointer REPLICAS = JsonPointer.of("spec", "replicas");
    private static final BigInteger TWO = BigInteger.valueOf(2);
    /** Where a Deployment or StatefulSet writes spec.replicas, else its spec. */
    private static final Indexer<Place> REPLICAS_AT = object ->
            "Deployment".equals(object.kind()) || "StatefulSet".equals(object.kind()) ? object.keyPlace(REPLICAS) : null;

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(REPLICAS_AT, SelectorFacts.INDEXER, PodFacts.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        Set<IndexedObject> protectedPods = SelectedPods.selectedByAny(manifests, "PodDisruptionBudget");
        Stream.concat(manifests.ofKind("Deployment"), manifests.ofKind("StatefulSet"))
                .filter(workload -> workload.fact(PodFacts.INDEXER) != null && !protectedPods.contains(workload))
                .forEach(workload -> {
                    IntOrString replicas = workload.fact(PodFacts.INDEXER).replicas();
                    if (replicas == null || replicas.number().compareTo(TWO) >= 0) {
                        report(workload, workload.fact(REPLICAS_AT), replicas, findings);
                    }
                });
    }

    private static void report(IndexedObject workload, Place at, IntOrString replicas, RuleFindings findings) {
        String runs = replicas == null ? "does not set replicas (an autoscaler or kubectl scale may run several)"
                : "runs " + replicas + " replicas";
        findings.at(workload, at, workload.kind() + " \"" + workload.name() + "\" " + runs + ", but no "
                        + "PodDisruptionBudget of namespace \"" + Namespaces.of(workload) + "\" selects its pods, so a "
                        + "node drain or cluster upgrade may evict all of them at once",
                "add a PodDisruptionBudget with maxUnavailable: 1 whose selector matches the pod template's labels"
                        + (replicas == null ? ", or set replicas: 1 if it runs alone" : ""));
    }
}
