package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;

/** The tolerate-unready-endpoints Service annotation, replaced by spec.publishNotReadyAddresses. */
public final class TolerateUnreadyAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public TolerateUnreadyAnnotation() {
        super("service.alpha.kubernetes.io/tolerate-unready-endpoints"::equals, "is deprecated",
                "set spec.publishNotReadyAddresses: true instead");
    }

    @Override
    List<JsonPointer> metadata(KubeObject object) {
        return metadataOf(object, "Service");
    }
}
