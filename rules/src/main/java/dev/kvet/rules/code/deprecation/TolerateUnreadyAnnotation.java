package dev.kvet.rules.code.deprecation;

/** The tolerate-unready-endpoints Service annotation, replaced by spec.publishNotReadyAddresses. */
public final class TolerateUnreadyAnnotation extends DeprecatedAnnotation {

    /** The rule. */
    public TolerateUnreadyAnnotation() {
        super(metadataOf("Service"), "service.alpha.kubernetes.io/tolerate-unready-endpoints"::equals, "is deprecated",
                "set spec.publishNotReadyAddresses: true instead");
    }
}
