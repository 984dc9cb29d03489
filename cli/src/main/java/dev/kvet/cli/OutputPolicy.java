package dev.kvet.cli;

import dev.kvet.finding.Severity;
import java.util.Optional;
import picocli.CommandLine.Option;

/** When a command fails and how it prints: the options every reporting command shares. */
final class OutputPolicy {

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info "
                    + "(default: failOn in .kvet.yaml, else error).")
    private String failOn;

    @Option(names = "--no-color", description = "Never colour the text output (also: NO_COLOR in the environment).")
    private boolean noColor;

    /** The failure threshold: the option, else the configured one, else {@code error}. */
    Severity threshold(Optional<Severity> configured) {
        if (failOn == null) {
            return configured.orElse(Severity.ERROR);
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fail-on: " + e.getMessage());
        }
    }

    /** Whether an output may be coloured: only on a terminal, never in a file. */
    boolean color(OutputTarget target) {
        return target.file() == null && !noColor && Terminal.colorAllowed();
    }
}
