package dev.kvet.rules.catalogue;

import java.util.Optional;

/**
 * A rule file is broken: in kvet's own catalogue a bug that its tests catch; in a user's custom rules a setup error.
 */
public final class InvalidRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /** An error in {@code file}. */
    public InvalidRuleException(String file, String message) {
        this(file, null, message);
    }

    /** An error in one top-level field of {@code file}, or in no field in particular when it is null. */
    public InvalidRuleException(String file, String field, String message) {
        super(file + ": " + message);
        this.field = field;
        this.reason = message;
    }

    /** The top-level field at fault, if the error lies in one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** What is wrong, without the file's name. */
    public String reason() {
        return reason;
    }
}
