package dev.kvet.rules.catalogue;

/** A rule file of the catalogue is broken: a bug in kvet's own rules, caught by the catalogue tests. */
public final class InvalidRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error in {@code file}. */
    public InvalidRuleException(String file, String message) {
        super(file + ": " + message);
    }
}
