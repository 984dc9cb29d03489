package dev.kvet.rules.code.reliability;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.SelectorFacts;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A PodDisruptionBudget whose numeric minAvailable is at least the replicas of the workloads it selects allows no
 * eviction, which blocks node drains, and with them upgrades and autoscaling. (maxUnavailable 0 and minAvailable
 * 100%, which need no other object, are the declarative rule reliability/pdb-blocks-evictions.)
 */
public final class PdbMinAvailableReplicas implements CodeRule {

    /** A budget's numeric minAvailable and where it is written. */
    private record MinAvailable(BigInteger count, Place at) {
    }

    private static final JsonPointer MIN_AVAILABLE = JsonPointer.of("spec", "minAvailable");
    private static final Indexer<MinAvailable> MIN = pdb -> "PodDisruptionBudget".equals(pdb.kind())
            ? IntOrString.of(pdb.node(MIN_AVAILABLE)).filter(IntOrString::isNumber)
                    .map(min -> new MinAvailable(min.number(), pdb.valuePlace(MIN_AVAILABLE))).orElse(null)
            : null;
    private static final Set<String> SCALED = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(MIN, SelectorFacts.INDEXER, PodFacts.INDEXER);
    }

    /** No: more pods of the budget may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("PodDisruptionBudget").forEach(pdb -> {
            MinAvailable min = pdb.fact(MIN);
            if (min != null) {
                replicas(manifests, pdb)
                        .filter(total -> total.signum() > 0 && min.count().compareTo(total) >= 0)
                        .ifPresent(total -> report(pdb, min, total, findings));
            }
        });
    }

    private static void report(IndexedObject pdb, MinAvailable min, BigInteger total, RuleFindings findings) {
        boolean single = total.equals(BigInteger.ONE);
        findings.at(pdb, min.at(), "minAvailable " + min.count() + " is not below the " + total
                        + (single ? " replica" : " replicas") + " of the pods this budget selects, so no pod can "
                        + "ever be evicted and node drains hang",
                single ? "run 2 or more replicas so that one can be evicted, or use maxUnavailable: 1"
                        : "keep minAvailable below " + total + ", or use maxUnavailable: 1");
    }

    /** The total replicas of the selected workloads, when every one of them has a fixed count. */
    private static Optional<BigInteger> replicas(Manifests manifests, IndexedObject pdb) {
        SelectorFacts selector = pdb.fact(SelectorFacts.INDEXER);
        if (selector == null) {
            return Optional.empty();
        }
        BigInteger total = BigInteger.ZERO;
        for (IndexedObject owner : SelectedPods.of(manifests, pdb, selector.selector())) {
            if ("Pod".equals(owner.kind())) {
                total = total.add(BigInteger.ONE);
            } else if (SCALED.contains(owner.kind())) {
                IntOrString replicas = owner.fact(PodFacts.INDEXER).replicas();
                total = total.add(replicas == null ? BigInteger.ONE : replicas.number());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }
}
