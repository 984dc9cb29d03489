package dev.kvet.check;

/** A check cannot start because of what the user asked (a bad config file, an unknown version): exit code 2. */
public class CheckSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An error with a message fit to print on one line. */
    public CheckSetupException(String message) {
        super(message);
    }

    /** An error with a message fit to print on one line, and its cause. */
    public CheckSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
