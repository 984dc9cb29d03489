package dev.kvet.rules.code.support;

import dev.kvet.check.Indexer;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Place;

/**
 * The workload a HorizontalPodAutoscaler scales, as its spec.scaleTargetRef names it.
 *
 * @param kind   the workload's kind
 * @param name   the workload's name
 * @param nameAt where the name is written
 */
public record ScaleTarget(String kind, String name, Place nameAt) {

    private static final JsonPointer REF = JsonPointer.of("spec", "scaleTargetRef");

    /** Takes the target of every autoscaler that names both kind and name. */
    public static final Indexer<ScaleTarget> INDEXER = hpa -> {
        if (!"HorizontalPodAutoscaler".equals(hpa.kind()) || !(hpa.node(REF) instanceof YamlMap target)
                || target.string("kind") == null || target.string("name") == null) {
            return null;
        }
        return new ScaleTarget(target.string("kind"), target.string("name"), hpa.valuePlace(REF.child("name")));
    };
}
