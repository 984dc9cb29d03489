package dev.kvet.rules.code.deprecation;

/** The critical-pod annotation, replaced by priority classes. */
public final class CriticalPodAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public CriticalPodAnnotation() {
        super(DeprecatedAnnotation::podMetadata, "scheduler.alpha.kubernetes.io/critical-pod"::equals,
                "has had no effect since Kubernetes 1.16",
                "set priorityClassName: system-cluster-critical (or system-node-critical) in the pod spec");
    }
}
