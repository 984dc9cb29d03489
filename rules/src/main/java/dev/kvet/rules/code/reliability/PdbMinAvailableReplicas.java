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
import dev.kvet.rules.code.support.ScaleTarget;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.SelectorFacts;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PodDisruptionBudget whose numeric minAvailable is at least the replicas of the workloads it selects allows no
 * eviction, which blocks node drains, and with them upgrades and autoscaling. A workload that a
 * HorizontalPodAutoscaler scales counts with the autoscaler's minReplicas, the count it runs at when load is low.
 * (maxUnavailable 0 and minAvailable 100%, which need no other object, are the declarative rule
 * reliability/pdb-blocks-evictions.)
 */
public final class PdbMinAvailableReplicas implements CodeRule {

    /** A budget's numeric minAvailable and where it is written. */
    private record MinAvailable(BigInteger count, Place at) {
    }

    /** The replicas of the selected workloads, and the name of an autoscaler that set some of them, or null. */
    private record Replicas(BigInteger total, String autoscaler) {
    }

    /** An autoscaler's minReplicas (1 when absent), or null when it is written but not a number. */
    private record MinReplicas(BigInteger count) {
    }

    private static final JsonPointer MIN_REPLICAS = JsonPointer.of("spec", "minReplicas");
    private static final Indexer<MinReplicas> HPA_MIN = hpa -> "HorizontalPodAutoscaler".equals(hpa.kind())
            ? new MinReplicas(hpa.node(MIN_REPLICAS) == null ? BigInteger.ONE
                    : IntOrString.of(hpa.node(MIN_REPLICAS)).filter(IntOrString::isNumber).map(IntOrString::number)
                            .orElse(null))
            : null;
    private static final JsonPointer MIN_AVAILABLE = JsonPointer.of("spec", "minAvailable");
    private static final Indexer<MinAvailable> MIN = pdb -> "PodDisruptionBudget".equals(pdb.kind())
            ? IntOrString.of(pdb.node(MIN_AVAILABLE)).filter(IntOrString::isNumber)
                    .map(min -> new MinAvailable(min.number(), pdb.valuePlace(MIN_AVAILABLE))).orElse(null)
            : null;
    private static final Set<String> SCALED = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(MIN, SelectorFacts.INDEXER, PodFacts.INDEXER, ScaleTarget.INDEXER, HPA_MIN);
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
                        .filter(replicas -> replicas.total().signum() > 0
                                && min.count().compareTo(replicas.total()) >= 0)
                        .ifPresent(replicas -> report(pdb, min, replicas, findings));
            }
        });
    }

    private static void report(IndexedObject pdb, MinAvailable min, Replicas replicas, RuleFindings findings) {
        BigInteger total = replicas.total();
        boolean single = total.equals(BigInteger.ONE);
        String scaled = replicas.autoscaler() == null ? ""
                : " when HorizontalPodAutoscaler \"" + replicas.autoscaler() + "\" runs them at its minReplicas";
        String more = replicas.autoscaler() == null ? "run 2 or more replicas" : "raise the autoscaler's minReplicas";
        findings.at(pdb, min.at(), "minAvailable " + min.count() + " is not below the " + total
                        + (single ? " replica" : " replicas") + " of the pods this budget selects" + scaled
                        + ", so no pod can be evicted and node drains hang",
                single ? more + " so that one can be evicted, or use maxUnavailable: 1"
                        : "keep minAvailable below " + total + (replicas.autoscaler() == null ? "" : ", " + more)
                                + ", or use maxUnavailable: 1");
    }

    /**
     * The total replicas of the selected workloads, each at its autoscaler's minReplicas when one scales it, when
     * every one of them has a known count.
     */
    private static Optional<Replicas> replicas(Manifests manifests, IndexedObject pdb) {
        SelectorFacts selector = pdb.fact(SelectorFacts.INDEXER);
        if (selector == null) {
            return Optional.empty();
        }
        BigInteger total = BigInteger.ZERO;
        String autoscaler = null;
        for (IndexedObject owner : SelectedPods.of(manifests, pdb, selector.selector())) {
            if ("Pod".equals(owner.kind())) {
                total = total.add(BigInteger.ONE);
            } else if (!SCALED.contains(owner.kind())) {
                return Optional.empty();
            } else {
                IndexedObject hpa = autoscalers(manifests).get(key(Namespaces.of(owner), owner.kind(), owner.name()));
                if (hpa == null) {
                    IntOrString replicas = owner.fact(PodFacts.INDEXER).replicas();
                    total = total.add(replicas == null ? BigInteger.ONE : replicas.number());
                } else if (hpa.fact(HPA_MIN).count() == null) {
                    return Optional.empty();
                } else {
                    total = total.add(hpa.fact(HPA_MIN).count());
                    autoscaler = autoscaler == null ? hpa.name() : autoscaler;
                }
            }
        }
        return Optional.of(new Replicas(total, autoscaler));
    }

    /** The first autoscaler of each workload, by namespace, kind and name of the workload. */
    private static Map<String, IndexedObject> autoscalers(Manifests manifests) {
        return manifests.derived(PdbMinAvailableReplicas.class, all -> {
            Map<String, IndexedObject> byTarget = new HashMap<>();
            all.ofKind("HorizontalPodAutoscaler").forEach(hpa -> {
                ScaleTarget target = hpa.fact(ScaleTarget.INDEXER);
                if (target != null) {
                    byTarget.putIfAbsent(key(Namespaces.of(hpa), target.kind(), target.name()), hpa);
                }
            });
            return byTarget;
        });
    }

    private static String key(String namespace, String kind, String name) {
        return namespace + "/" + kind + "/" + name;
    }
}
