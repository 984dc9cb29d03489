package dev.kvet.cli;

/** A problem with what the user asked for (a missing file, a bad option value): one line, exit code 2. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
