package dev.kvet.rules.code.deprecation;

/** The alpha seccomp annotations, replaced by securityContext.seccompProfile. */
public final class SeccompAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public SeccompAnnotation() {
        super(DeprecatedAnnotation::podMetadata, key -> key.equals("seccomp.security.alpha.kubernetes.io/pod")
                        || key.startsWith("container.seccomp.security.alpha.kubernetes.io/"),
                "is deprecated since Kubernetes 1.19 and has no effect since 1.27",
                "set securityContext.seccompProfile (e.g. type: RuntimeDefault) on the pod or the container");
    }
}
