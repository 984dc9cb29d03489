package dev.kvet.rules.code.reliability;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.LabelSelector;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.workload.PodTemplate;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A PodDisruptionBudget that allows no eviction at all (maxUnavailable 0, minAvailable 100%, or minAvailable equal
 * to or above the replicas of the workloads it selects) blocks node drains, and with them upgrades and autoscaling.
 */
public final class PdbBlocksEviction implements CodeRule {

    private static final JsonPointer MIN_AVAILABLE = JsonPointer.of("spec", "minAvailable");
    private static final JsonPointer MAX_UNAVAILABLE = JsonPointer.of("spec", "maxUnavailable");
    private static final Set<String> SCALED = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");
    private static final String HINT = "allow at least one pod to be evicted, e.g. maxUnavailable: 1, so that "
            + "nodes can be drained";

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("PodDisruptionBudget").forEach(pdb -> check(manifests, pdb, findings));
    }

    private static void check(Manifests manifests, KubeObject pdb, RuleFindings findings) {
        Optional<IntOrString> maxUnavailable = IntOrString.of(pdb.node(MAX_UNAVAILABLE));
        if (maxUnavailable.filter(PdbBlocksEviction::isZero).isPresent()) {
            findings.atValue(pdb, MAX_UNAVAILABLE, "maxUnavailable " + maxUnavailable.get().text()
                    + " lets no pod be evicted, so nodes running these pods can never be drained",
                    HINT);
            return;
        }
        Optional<IntOrString> minAvailable = IntOrString.of(pdb.node(MIN_AVAILABLE));
        if (minAvailable.isEmpty()) {
            return;
        }
        IntOrString min = minAvailable.get();
        if (!min.isNumber()) {
            if ("100%".equals(min.name())) {
                findings.atValue(pdb, MIN_AVAILABLE, "minAvailable 100% lets no pod be evicted, so nodes running "
                        + "these pods can never be drained", HINT);
            }
            return;
        }
        replicas(manifests, pdb).filter(total -> total.signum() > 0 && min.number().compareTo(total) >= 0)
                .ifPresent(total -> findings.atValue(pdb, MIN_AVAILABLE, "minAvailable " + min + " is at least the "
                        + total + " replicas of the pods it selects, so no pod can ever be evicted", HINT));
    }

    /** The total replicas of the selected workloads, when every one of them has a fixed count. */
    private static Optional<BigInteger> replicas(Manifests manifests, KubeObject pdb) {
        if (!(pdb.node(JsonPointer.of("spec", "selector")) instanceof YamlMap selector)) {
            return Optional.empty();
        }
        List<PodTemplate> pods = SelectedPods.of(manifests, pdb, LabelSelector.of(selector));
        BigInteger total = BigInteger.ZERO;
        for (PodTemplate pod : pods) {
            KubeObject owner = pod.owner();
            if ("Pod".equals(owner.kind())) {
                total = total.add(BigInteger.ONE);
            } else if (SCALED.contains(owner.kind())) {
                Optional<IntOrString> replicas = IntOrString.of(owner.node(JsonPointer.of("spec", "replicas")));
                total = total.add(replicas.filter(IntOrString::isNumber).map(IntOrString::number)
                        .orElse(BigInteger.ONE));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }

    private static boolean isZero(IntOrString value) {
        return value.isNumber() ? value.number().signum() == 0 : "0%".equals(value.name());
    }
}
