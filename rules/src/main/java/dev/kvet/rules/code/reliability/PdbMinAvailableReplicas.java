package dev.kvet.rules.code.reliability;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.object.LabelSelector;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.workload.PodTemplate;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;

/**
 * A PodDisruptionBudget whose numeric minAvailable is at least the replicas of the workloads it selects allows no
 * eviction, which blocks node drains, and with them upgrades and autoscaling. (maxUnavailable 0 and minAvailable
 * 100%, which need no other object, are the declarative rule reliability/pdb-blocks-evictions.)
 */
public final class PdbMinAvailableReplicas implements CodeRule {

    private static final JsonPointer MIN_AVAILABLE = JsonPointer.of("spec", "minAvailable");
    private static final JsonPointer REPLICAS = JsonPointer.of("spec", "replicas");
    private static final Set<String> SCALED = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("PodDisruptionBudget").forEach(pdb -> IntOrString.of(pdb.node(MIN_AVAILABLE))
                .filter(IntOrString::isNumber)
                .ifPresent(min -> replicas(manifests, pdb)
                        .filter(total -> total.signum() > 0 && min.number().compareTo(total) >= 0)
                        .ifPresent(total -> report(pdb, min, total, findings))));
    }

    private static void report(KubeObject pdb, IntOrString min, BigInteger total, RuleFindings findings) {
        boolean single = total.equals(BigInteger.ONE);
        findings.atValue(pdb, MIN_AVAILABLE, "minAvailable " + min + " is not below the " + total
                        + (single ? " replica" : " replicas") + " of the pods this budget selects, so no pod can "
                        + "ever be evicted and node drains hang",
                single ? "run 2 or more replicas so that one can be evicted, or use maxUnavailable: 1"
                        : "keep minAvailable below " + total + ", or use maxUnavailable: 1");
    }

    /** The total replicas of the selected workloads, when every one of them has a fixed count. */
    private static Optional<BigInteger> replicas(Manifests manifests, KubeObject pdb) {
        if (!(pdb.node(JsonPointer.of("spec", "selector")) instanceof YamlMap selector)) {
            return Optional.empty();
        }
        BigInteger total = BigInteger.ZERO;
        for (PodTemplate pod : SelectedPods.of(manifests, pdb, LabelSelector.of(selector))) {
            KubeObject owner = pod.owner();
            if ("Pod".equals(owner.kind())) {
                total = total.add(BigInteger.ONE);
            } else if (SCALED.contains(owner.kind())) {
                total = total.add(IntOrString.of(owner.node(REPLICAS)).filter(IntOrString::isNumber)
                        .map(IntOrString::number).orElse(BigInteger.ONE));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }
}
