package dev.kvet.cli;

import dev.kvet.run.CheckRun;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code kvet} program: parses the command line and exits with kvet's exit codes. */
public final class Kvet {

    private Kvet() {
    }

    /** Runs kvet and exits: 0 clean, 1 findings at or above the failure threshold, 2 usage or I/O error. */
    public static void main(String[] args) {
        // On a second core, the engines read their data while picocli builds its model: a third of a cold start.
        CheckRun.preloadInBackground();
        System.exit(run(args));
    }

    /** Runs kvet and returns its exit code; used by tests and embedders that must not exit the JVM. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The configured picocli command line for these arguments (for callers that redirect its output): with every
     * subcommand when none is given, else with the one they name.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new KvetCommand());
        KvetCommand.addSubcommands(commandLine, args);
        commandLine.setOut(utf8(System.out));
        commandLine.setErr(utf8(System.err));
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }
}
