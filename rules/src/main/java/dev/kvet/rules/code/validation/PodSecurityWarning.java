package dev.kvet.rules.code.validation;

/**
 * A Namespace of the files labelled {@code pod-security.kubernetes.io/warn: baseline|restricted} has the API server
 * warn, on every apply, about each of its pods that breaks the level: what enforcing the level would reject.
 */
public final class PodSecurityWarning extends PodSecurityLabel {

    /** The rule for the warn label. */
    public PodSecurityWarning() {
        super("warn", "warns about", ", which enforcing that level would reject");
    }
}
