package dev.kvet.cli;

/** The exit codes of every kvet front end. */
public final class ExitCodes {

    /** No finding at or above the failure threshold. */
    public static final int CLEAN = 0;
    /** Findings at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** The command line was wrong, or a file or folder could not be read. */
    public static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
