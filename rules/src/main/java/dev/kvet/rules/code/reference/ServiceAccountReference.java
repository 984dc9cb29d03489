package dev.kvet.rules.code.reference;

/** A pod refers to a ServiceAccount that is not among the checked files. */
public final class ServiceAccountReference extends MissingPodReference {

    /** The rule for ServiceAccounts. */
    public ServiceAccountReference() {
        super("ServiceAccount");
    }
}
