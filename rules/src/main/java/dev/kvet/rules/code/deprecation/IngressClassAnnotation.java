package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;

/** The kubernetes.io/ingress.class annotation, replaced by spec.ingressClassName in Kubernetes 1.18. */
public final class IngressClassAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public IngressClassAnnotation() {
        super("kubernetes.io/ingress.class"::equals, "is deprecated since Kubernetes 1.18",
                "set spec.ingressClassName to the name of an IngressClass instead");
    }

    @Override
    List<JsonPointer> metadata(KubeObject object) {
        return metadataOf(object, "Ingress");
    }
}
