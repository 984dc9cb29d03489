package dev.kvet.cli;

import picocli.CommandLine;

/** Prints a wrong command line as one line plus a pointer to the help, with exit code 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("kvet: " + e.getMessage());
        commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
        return ExitCodes.USAGE_OR_IO;
    }
}
