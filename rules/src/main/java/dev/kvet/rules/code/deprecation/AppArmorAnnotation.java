package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;

/** The beta AppArmor annotations, replaced by securityContext.appArmorProfile in Kubernetes 1.30. */
public final class AppArmorAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public AppArmorAnnotation() {
        super(key -> key.startsWith("container.apparmor.security.beta.kubernetes.io/"),
                "is deprecated since Kubernetes 1.30",
                "set securityContext.appArmorProfile (e.g. type: RuntimeDefault) on the pod or the container");
    }

    @Override
    List<JsonPointer> metadata(KubeObject object) {
        return podMetadata(object);
    }
}
