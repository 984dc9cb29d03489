package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;

/** The critical-pod annotation, replaced by priority classes. */
public final class CriticalPodAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public CriticalPodAnnotation() {
        super("scheduler.alpha.kubernetes.io/critical-pod"::equals,
                "has had no effect since Kubernetes 1.16",
                "set priorityClassName: system-cluster-critical (or system-node-critical) in the pod spec");
    }

    @Override
    List<JsonPointer> metadata(KubeObject object) {
        return podMetadata(object);
    }
}
