package dev.kvet.cli;

/** What kvet knows about where it prints. */
final class Terminal {

    private Terminal() {
    }

    /** Whether a person is watching: standard input and output are a terminal and this is not CI. */
    static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Whether colours are welcome: on a terminal, unless NO_COLOR is set or TERM is dumb. */
    static boolean colorAllowed() {
        return isInteractive() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
