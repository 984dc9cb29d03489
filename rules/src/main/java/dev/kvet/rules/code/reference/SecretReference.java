package dev.kvet.rules.code.reference;

/** A pod refers to a Secret that is not among the checked files. */
public final class SecretReference extends MissingPodReference {

    /** The rule for Secrets. */
    public SecretReference() {
        super("Secret");
    }
}
