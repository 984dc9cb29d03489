package dev.kvet.cli;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Severity;
import dev.kvet.fix.FixRounds;
import dev.kvet.report.Reporter;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.report.Reporters;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.source.SourceCollector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kvet check}: lint manifests and print the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "Check Kubernetes manifests: files, folders (*.yaml, *.yml, *.json) or - for standard input.",
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ManifestSelection manifests;

    @Mixin
    private OutputPolicy policy;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT[=FILE]", completionCandidates = OutputFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES}. Repeat to write several; FORMAT=FILE writes to a file "
                    + "(default: text on standard output).")
    private List<String> outputs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: the nearest .kvet.yaml in this folder or above).")
    private Path config;

    @Option(names = "--assume-present", paramLabel = "KIND/NAME",
            description = "Take this object as present in the cluster, e.g. Secret/db-credentials. Repeatable.")
    private List<String> assumePresent = new ArrayList<>();

    @Option(names = "--partial",
            description = "The files are only part of the manifests, such as what a commit changed (the git hooks "
                    + "say so): objects they refer to and pods their selectors pick may be in the files left out, "
                    + "so only contradictions between the files given are reported.")
    private boolean partial;

    @Option(names = {"-q", "--quiet"}, description = "Print one line per finding, no snippets and no summary.")
    private boolean quiet;

    @Option(names = "--fix",
            description = "Change the files to fix what kvet is sure of (a value to quote, a misspelt name with one "
                    + "meaning), then check them again and report what is left. Nothing else of a file changes.")
    private boolean fix;

    @Option(names = "--nodes", paramLabel = "INVENTORY",
            description = "Also dry-run schedule the workloads on this node inventory (Node objects or NodePool "
                    + "files, or folders of them) and report the schedule/... findings. Repeatable.")
    private List<Path> nodes = new ArrayList<>();

    @Option(names = {"-k", "--kubernetes-version"}, paramLabel = "1.NN",
            description = "Check against this Kubernetes version (default: the newest bundled; see --version).")
    private String kubernetesVersion;

    @Option(names = "--crd", paramLabel = "FILE|DIR",
            description = "CustomResourceDefinitions to validate custom resources with. Repeatable. CRDs among "
                    + "the checked files are used too.")
    private List<Path> crds = new ArrayList<>();

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "A folder of custom resource JSON Schemas laid out like the CRDs-catalog "
                    + "(GROUP/KIND_VERSION.json, e.g. monitoring.coreos.com/servicemonitor_v1.json), to validate "
                    + "custom resources that no CRD defines. Repeatable; the first folder with a type's file wins.")
    private List<Path> schemas = new ArrayList<>();

    @Override
    public Integer call() {
        RunOptions asked = new RunOptions(kubernetesVersion, config, Path.of("").toAbsolutePath(), crds, schemas,
                nodes, assumedPresent(), partial);
        KvetConfig configuration = ConfigFile.read(asked);
        RunOptions options = new RunOptions(
                kubernetesVersion != null ? kubernetesVersion : configuration.kubernetesVersionSetting().orElse(null),
                asked.config(), asked.workingDirectory(), asked.crds(), asked.schemas(), asked.nodes(),
                asked.assumePresent(), partial);
        Severity threshold = policy.threshold(configuration.failOnSetting());
        List<OutputTarget> targets = outputTargets();
        PrintWriter err = spec.commandLine().getErr();
        SourceCollector.Collected collected = manifests.collect(err);
        Report report;
        try (ProgressLine progress = new ProgressLine(err, collected.sources().size(), Terminal.isInteractive())) {
            report = prepare(options).execute(collected.sources(), progress);
        }
        if (fix) {
            // A new run each time: checks keep what they saw of a run's objects until its end.
            report = FixRounds.apply(report, () -> prepare(options).execute(collected.sources(), done -> { }),
                    line -> err.println("kvet: " + line));
        }
        for (OutputTarget target : targets) {
            write(report, target);
        }
        report.ioErrors().forEach(error -> err.println("kvet: " + error));
        return report.exitCode(threshold);
    }

    private List<String> assumedPresent() {
        for (String object : assumePresent) {
            if (!object.matches("[A-Za-z][A-Za-z0-9]*/[^/\\s]+")) {
                throw new UserError("--assume-present takes KIND/NAME, such as Secret/db-credentials, not '"
                        + object + "'");
            }
        }
        return assumePresent;
    }

    private static CheckRun prepare(RunOptions options) {
        try {
            return CheckRun.prepare(options);
        } catch (CheckSetupException e) {
            throw new UserError(e.getMessage());
        }
    }

    private List<OutputTarget> outputTargets() {
        List<OutputTarget> targets = new ArrayList<>();
        for (String output : outputs.isEmpty() ? List.of("text") : outputs) {
            OutputTarget target = OutputTarget.parse(output);
            reporter(target);
            targets.add(target);
        }
        return targets;
    }

    private Reporter reporter(OutputTarget target) {
        try {
            return Reporters.create(target.format(), policy.color(target), quiet);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void write(Report report, OutputTarget target) {
        Reporter reporter = reporter(target);
        target.print(spec.commandLine().getOut(), out -> reporter.write(report, out));
    }
}
