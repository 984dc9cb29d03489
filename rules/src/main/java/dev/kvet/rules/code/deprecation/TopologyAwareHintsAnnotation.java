package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;

/** The topology-aware-hints Service annotation, renamed topology-mode in Kubernetes 1.27. */
public final class TopologyAwareHintsAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public TopologyAwareHintsAnnotation() {
        super("service.kubernetes.io/topology-aware-hints"::equals, "is deprecated since Kubernetes 1.27",
                "use service.kubernetes.io/topology-mode: Auto, or spec.trafficDistribution: PreferClose");
    }

    @Override
    List<JsonPointer> metadata(KubeObject object) {
        return metadataOf(object, "Service");
    }
}
