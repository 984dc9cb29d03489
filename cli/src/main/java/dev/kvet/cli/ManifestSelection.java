package dev.kvet.cli;

import dev.kvet.source.SourceCollector;
import dev.kvet.source.SourceException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which manifests a command reads: the paths and the excludes that every reading command shares. */
final class ManifestSelection {

    @Parameters(paramLabel = "PATH", description = "Files or folders (*.yaml, *.yml, *.json), or - for standard "
            + "input (default: the current folder).")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out paths matching this glob, e.g. '**/templates/**'. Repeatable.")
    private List<String> excludes = new ArrayList<>();

    /** The sources to read; what was skipped on the way is said on {@code err}. */
    SourceCollector.Collected collect(PrintWriter err) {
        SourceCollector.Collected collected;
        try {
            collected = new SourceCollector(excludes).collect(paths);
        } catch (SourceException e) {
            throw new UserError(e.getMessage());
        }
        collected.warnings().forEach(warning -> err.println("kvet: warning: " + warning));
        return collected;
    }
}
