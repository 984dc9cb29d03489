package dev.kvet.rules.code.deprecation;

/** The beta AppArmor annotations, replaced by securityContext.appArmorProfile in Kubernetes 1.30. */
public final class AppArmorAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public AppArmorAnnotation() {
        super(DeprecatedAnnotation::podMetadata,
                key -> key.startsWith("container.apparmor.security.beta.kubernetes.io/"),
                "is deprecated since Kubernetes 1.30",
                "set securityContext.appArmorProfile (e.g. type: RuntimeDefault) on the pod or the container");
    }
}
