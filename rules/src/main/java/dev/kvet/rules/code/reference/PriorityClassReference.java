package dev.kvet.rules.code.reference;

/** A pod asks for a PriorityClass that is not among the checked files. */
public final class PriorityClassReference extends MissingPodReference {

    /** The rule for PriorityClasses, which belong to no namespace. */
    public PriorityClassReference() {
        super("PriorityClass", true);
    }
}
