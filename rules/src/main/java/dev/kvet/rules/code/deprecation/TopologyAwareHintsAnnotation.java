package dev.kvet.rules.code.deprecation;

/** The topology-aware-hints Service annotation, renamed topology-mode in Kubernetes 1.27. */
public final class TopologyAwareHintsAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public TopologyAwareHintsAnnotation() {
        super(metadataOf("Service"), "service.kubernetes.io/topology-aware-hints"::equals,
                "is deprecated since Kubernetes 1.27",
                "use service.kubernetes.io/topology-mode: Auto, or spec.trafficDistribution: PreferClose");
    }
}
