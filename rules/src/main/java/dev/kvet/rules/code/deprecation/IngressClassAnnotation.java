package dev.kvet.rules.code.deprecation;

/** The kubernetes.io/ingress.class annotation, replaced by spec.ingressClassName in Kubernetes 1.18. */
public final class IngressClassAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public IngressClassAnnotation() {
        super(metadataOf("Ingress"), "kubernetes.io/ingress.class"::equals, "is deprecated since Kubernetes 1.18",
                "set spec.ingressClassName to the name of an IngressClass instead");
    }
}
