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

/**
 * A Deployment or StatefulSet that runs several replicas, but that no PodDisruptionBudget protects: a node drain
 * may evict all its pods at once. As in kube-score, a workload that leaves replicas out is checked (an autoscaler
 * or a person usually scales it), one that sets fewer than 2 is not.
 */
public final class MissingPdb implements CodeRule {

    /**
     * What a Deployment or StatefulSet writes as spec.replicas.
     *
     * @param count   the count when it is an integer, else null
     * @param written whether the field is written at all
     * @param at      where it is written, else where the spec is
     */
    private record Replicas(IntOrString count, boolean written, Place at) {

        /** Whether several pods may run: 2 or more replicas, or none written (a count that is no integer is not). */
        boolean several() {
            return count != null ? count.number().compareTo(TWO) >= 0 : !written;
        }
    }

    private static final JsonPointer FIELD = JsonPointer.of("spec", "replicas");
    private static final List<String> KINDS = List.of("Deployment", "StatefulSet");
    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final Indexer<Replicas> REPLICAS = object -> object.kind() != null && KINDS.contains(object.kind())
            ? new Replicas(IntOrString.of(object.node(FIELD)).filter(IntOrString::isNumber).orElse(null),
                    object.node(FIELD) != null, object.keyPlace(FIELD))
            : null;

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(REPLICAS, SelectorFacts.INDEXER, PodFacts.INDEXER);
    }

    /** No: the budget that selects a workload may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        Set<IndexedObject> protectedPods = SelectedPods.selectedByAny(manifests, "PodDisruptionBudget");
        KINDS.stream().flatMap(manifests::ofKind)
                .filter(workload -> workload.fact(PodFacts.INDEXER) != null && !protectedPods.contains(workload))
                .filter(workload -> workload.fact(REPLICAS).several())
                .forEach(workload -> report(workload, workload.fact(REPLICAS), findings));
    }

    private static void report(IndexedObject workload, Replicas replicas, RuleFindings findings) {
        String runs = replicas.count() == null
                ? "does not set replicas (an autoscaler or kubectl scale may run several)"
                : "runs " + replicas.count() + " replicas";
        findings.at(workload, replicas.at(), workload.kind() + " \"" + workload.name() + "\" " + runs + ", but no "
                        + "PodDisruptionBudget of namespace \"" + Namespaces.of(workload) + "\" selects its pods, so a "
                        + "node drain or cluster upgrade may evict all of them at once",
                "add a PodDisruptionBudget with maxUnavailable: 1 whose selector matches the pod template's labels"
                        + (replicas.count() == null ? ", or set replicas: 1 if it runs alone" : ""));
    }
}
