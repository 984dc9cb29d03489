package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;

/** The alpha seccomp annotations, replaced by securityContext.seccompProfile. */
public final class SeccompAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public SeccompAnnotation() {
        super(key -> key.equals("seccomp.security.alpha.kubernetes.io/pod")
                        || key.startsWith("container.seccomp.security.alpha.kubernetes.io/"),
                "is deprecated since Kubernetes 1.19 and has no effect since 1.27",
                "set securityContext.seccompProfile (e.g. type: RuntimeDefault) on the pod or the container");
    }

    @Override
    List<JsonPointer> metadata(KubeObject object) {
        return podMetadata(object);
    }
}
