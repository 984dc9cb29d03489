package dev.kvet.rules.code.reliability;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.ScaleTarget;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workload that runs fewer replicas than the minimum (spec.replicas, 1 when left out) is down whenever its pod is.
 * A workload that a HorizontalPodAutoscaler scales is the autoscaler's to size (reliability/hpa-min-replicas), and
 * leaves spec.replicas out on purpose (reliability/replicas-with-hpa).
 */
public final class SingleReplica implements CodeRule {

    /**
     * What a workload writes as spec.replicas.
     *
     * @param count the count, 1 when left out, or null when it is no integer
     * @param at    where it is written, else where the spec is
     */
    private record Replicas(BigInteger count, Place at) {
    }

    private static final JsonPointer FIELD = JsonPointer.of("spec", "replicas");
    /** The kinds of the API groups that run a set of identical pods: apps, and the core ReplicationController. */
    private static final Map<String, String> GROUPS = Map.of("Deployment", "apps", "StatefulSet", "apps",
            "ReplicaSet", "apps", "ReplicationController", "");
    private static final Indexer<Replicas> REPLICAS = object -> {
        if (object.kind() == null || !GROUPS.containsKey(object.kind())
                || !GROUPS.get(object.kind()).equals(object.group())) {
            return null;
        }
        if (object.node(FIELD) == null) {
            return new Replicas(BigInteger.ONE, object.keyPlace(FIELD));
        }
        Object value = object.node(FIELD) instanceof YamlScalar scalar ? scalar.value().value() : null;
        return new Replicas(value instanceof BigInteger count ? count : null, object.keyPlace(FIELD));
    };

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(REPLICAS, ScaleTarget.INDEXER);
    }

    /** No: the autoscaler that sizes a workload may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        BigInteger minimum = BigInteger.valueOf(findings.intParameter("minReplicas", 2));
        Set<IndexedObject> scaled = new HashSet<>();
        manifests.ofKind("HorizontalPodAutoscaler").forEach(hpa -> {
            ScaleTarget target = hpa.fact(ScaleTarget.INDEXER);
            if (target != null) {
                NamedObjects.inNamespaceOf(manifests, hpa, target.kind(), target.name()).ifPresent(scaled::add);
            }
        });
        GROUPS.keySet().stream().sorted().flatMap(manifests::ofKind)
                .filter(workload -> workload.fact(REPLICAS) != null && !scaled.contains(workload))
                .forEach(workload -> {
                    Replicas replicas = workload.fact(REPLICAS);
                    if (replicas.count() != null && replicas.count().compareTo(minimum) < 0) {
                        findings.at(workload, replicas.at(), workload.kind() + " '" + workload.name()
                                + "' runs fewer than " + minimum + " replicas", "raise spec.replicas to " + minimum
                                + " or more, or let a HorizontalPodAutoscaler with minReplicas " + minimum
                                + " manage it");
                    }
                });
    }
}
