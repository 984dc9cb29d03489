package dev.kvet.cli;

import dev.kvet.schema.NearestNames;
import java.util.List;
import picocli.CommandLine;

/** Reports a command line that does not parse in one line, with the nearest command or option for a typo. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("kvet: " + describe(e));
        commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
        return ExitCodes.USAGE_OR_IO;
    }

    private static String describe(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String first = unmatched.getUnmatched().get(0);
        boolean option = first.startsWith("-");
        if (!option && e.getCommandLine().getSubcommands().isEmpty()) {
            return e.getMessage();
        }
        String message = (option ? "unknown option '" : "unknown command '") + first + "'";
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        // An option written with its value (--fial-on=error) is looked up by its name alone.
        String name = option && first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        List<String> nearest = NearestNames.of(name, option ? spec.optionsMap().keySet()
                : spec.subcommands().keySet(), 1);
        return nearest.isEmpty() ? message : message + "; did you mean '" + nearest.get(0) + "'?";
    }
}
