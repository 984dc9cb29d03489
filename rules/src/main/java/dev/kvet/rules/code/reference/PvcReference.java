package dev.kvet.rules.code.reference;

/** A pod refers to a PersistentVolumeClaim that is not among the checked files. */
public final class PvcReference extends MissingPodReference {

    /** The rule for PersistentVolumeClaims. */
    public PvcReference() {
        super("PersistentVolumeClaim");
    }
}
