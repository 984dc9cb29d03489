package dev.kvet.source;

/** A path the user named cannot be used (missing, unreadable): a usage or I/O error, exit code 2. */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An error with a message fit to print on one line. */
    public SourceException(String message) {
        super(message);
    }
}
