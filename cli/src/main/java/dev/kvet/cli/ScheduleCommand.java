package dev.kvet.cli;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Severity;
import dev.kvet.report.TextReporter;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.schedule.DryRun;
import dev.kvet.schedule.SchedulingCheck;
import dev.kvet.schedule.SchedulingCheckFactory;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schedule.output.ScheduleHtml;
import dev.kvet.schedule.output.ScheduleJson;
import dev.kvet.schedule.output.ScheduleText;
import dev.kvet.source.SourceCollector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kvet schedule}: predict where every pod lands on a node inventory, and which nodes come under pressure. */
@Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "Dry-run kube-scheduler: place the pods of the workloads in PATHS on the nodes of --nodes, "
                + "explain the pods that stay Pending, and report node pressure.",
        footer = {"", "Exit codes: 0 all pods placed and no finding at or above --fail-on, 1 a pod is Pending or "
                + "Refused, or a finding reaches --fail-on, 2 usage or I/O error."})
final class ScheduleCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("text", "json", "html");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ManifestSelection manifests;

    @Mixin
    private OutputPolicy policy;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file, for failOn (default: the nearest .kvet.yaml in this folder or above).")
    private Path config;

    @Option(names = "--nodes", paramLabel = "INVENTORY", required = true,
            description = "Node inventory: kubectl get nodes -o yaml output, NodePool files, or folders of them. "
                    + "Repeatable.")
    private List<Path> nodes = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT[=FILE]",
            description = "Output format: text, json, html. Repeat to write several; FORMAT=FILE writes to a file "
                    + "(default: text on standard output).")
    private List<String> outputs = new ArrayList<>();

    @Override
    public Integer call() {
        RunOptions options = RunOptions.defaults(Path.of("").toAbsolutePath());
        Severity threshold = policy.threshold(ConfigFile.read(new RunOptions(null, config, options.workingDirectory(),
                List.of(), nodes, List.of())).failOnSetting());
        List<OutputTarget> targets = new ArrayList<>();
        for (String output : outputs.isEmpty() ? List.of("text") : outputs) {
            OutputTarget target = OutputTarget.parse(output);
            if (!FORMATS.contains(target.format().toLowerCase(Locale.ROOT))) {
                throw new UserError("unknown output format '" + target.format() + "' (expected one of "
                        + String.join(", ", FORMATS) + ")");
            }
            targets.add(target);
        }
        Inventory inventory;
        try {
            inventory = SchedulingCheckFactory.inventory(nodes);
        } catch (CheckSetupException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        SourceCollector.Collected collected = manifests.collect(err);
        AtomicReference<DryRun> result = new AtomicReference<>();
        Report report;
        try (ProgressLine progress = new ProgressLine(err, collected.sources().size(), Terminal.isInteractive())) {
            report = CheckRun.of(List.of(new SchedulingCheck(inventory, result::set)))
                    .execute(collected.sources(), progress);
        }
        DryRun run = result.get();
        for (OutputTarget target : targets) {
            boolean color = policy.color(target);
            target.print(spec.commandLine().getOut(), out -> write(target.format(), run, report, color, out));
        }
        report.ioErrors().forEach(error -> err.println("kvet: " + error));
        int exit = report.exitCode(threshold);
        return exit == ExitCodes.CLEAN && !run.schedule().everyPodPlaced() ? ExitCodes.FINDINGS : exit;
    }

    private static void write(String format, DryRun run, Report report, boolean color, PrintWriter out) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> ScheduleJson.write(run, report, out);
            case "html" -> ScheduleHtml.write(run, report, out);
            default -> {
                new ScheduleText(color).write(run, out);
                out.println();
                new TextReporter(color, false).write(report, out);
            }
        }
    }
}
