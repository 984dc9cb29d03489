package dev.kvet.rules.code.support;

import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.Optional;

/**
 * The workload a HorizontalPodAutoscaler scales, as its spec.scaleTargetRef names it.
 *
 * @param kind the workload's kind
 * @param name the workload's name
 */
public record ScaleTarget(String kind, String name) {

    /** Where the target's name is written, relative to the autoscaler. */
    public static final JsonPointer NAME = JsonPointer.of("spec", "scaleTargetRef", "name");

    /** The target of an autoscaler that names both kind and name. */
    public static Optional<ScaleTarget> of(KubeObject hpa) {
        if (!"HorizontalPodAutoscaler".equals(hpa.kind())
                || !(hpa.node(JsonPointer.of("spec", "scaleTargetRef")) instanceof YamlMap target)
                || target.string("kind") == null || target.string("name") == null) {
            return Optional.empty();
        }
        return Optional.of(new ScaleTarget(target.string("kind"), target.string("name")));
    }
}
