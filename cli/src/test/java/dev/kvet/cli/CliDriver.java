package dev.kvet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs kvet's command line in this JVM, as {@code kvet ARGS...} would, and keeps what it printed across runs. */
final class CliDriver {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command line and returns its exit code. */
    int run(String... args) {
        CommandLine commandLine = Kvet.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Everything printed on standard output so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed on standard error so far. */
    String err() {
        return err.toString();
    }
}
