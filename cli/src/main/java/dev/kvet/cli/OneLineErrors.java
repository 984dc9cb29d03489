package dev.kvet.cli;

import picocli.CommandLine;

/** Turns any failure during a command into one line on standard error and exit code 2, never a stack trace. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean expected = e instanceof UserError;
        commandLine.getErr().println("kvet: " + (expected ? "" : "internal error: ") + message.strip().replace('\n', ' '));
        if (!expected && System.getenv("KVET_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.USAGE_OR_IO;
    }
}
