package dev.kvet.rules.code.reference;

/** A PodDisruptionBudget whose selector matches no pod of the run protects nothing. */
public final class PdbSelector extends SelectorReach {

    /** The rule for PodDisruptionBudgets. */
    public PdbSelector() {
        super("PodDisruptionBudget",
                "this PodDisruptionBudget protects no pod; fix the selector or the pod template's labels");
    }
}
