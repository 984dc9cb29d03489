package dev.kvet.maven;

import dev.kvet.check.CheckSetupException;
import dev.kvet.finding.Severity;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.schedule.DryRun;
import dev.kvet.schedule.Placement;
import dev.kvet.schedule.SchedulingCheck;
import dev.kvet.schedule.SchedulingCheckFactory;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schedule.output.ScheduleHtml;
import dev.kvet.schedule.output.ScheduleJson;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code kvet:schedule}: dry-runs kube-scheduler for the project's workloads on a node inventory, logs the pods
 * that stay Pending or that their node's kubelet refuses and the node pressure findings, writes
 * {@code kvet-schedule.json} and {@code kvet-schedule.html}, and fails the build when a pod cannot be placed or a
 * finding reaches {@code failOn}.
 * The same run as {@code kvet schedule}.
 */
@Mojo(name = "schedule", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ScheduleMojo extends KvetMojo {

    /** Node inventory files or folders: kubectl get nodes -o yaml output, or kvet NodePool files. */
    @Parameter(property = "kvet.nodes", required = true)
    private List<File> nodes;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Severity threshold = threshold();
        List<Path> roots = sourceRoots();
        if (roots.isEmpty()) {
            getLog().info("kvet: no manifests folder (" + String.join(", ", DEFAULT_SOURCES) + "); nothing to schedule");
            return;
        }
        Inventory inventory;
        try {
            inventory = SchedulingCheckFactory.inventory(absolute(nodes));
        } catch (CheckSetupException e) {
            throw new MojoExecutionException("kvet: " + e.getMessage(), e);
        }
        AtomicReference<DryRun> result = new AtomicReference<>();
        Report report = CheckRun.of(List.of(new SchedulingCheck(inventory, result::set)))
                .execute(collect(roots), done -> { });
        DryRun run = result.get();
        logFindings(report.findings());
        write("kvet-schedule.json", run, report, ScheduleJson::write);
        write("kvet-schedule.html", run, report, ScheduleHtml::write);
        if (!report.ioErrors().isEmpty()) {
            throw new MojoExecutionException("kvet: " + String.join("; ", report.ioErrors()));
        }
        String summary = run.schedule().outcome() + "; " + summary(report.summary());
        if (!run.schedule().everyPodPlaced() || report.hasFindingsAtLeast(threshold)) {
            throw new MojoFailureException("kvet: " + summary + podsThatDoNotRun(run));
        }
        getLog().info("kvet: " + summary);
    }

    /** The names of the pods that stay Pending and of those their kubelet refuses, such as {@code (Pending: api-2)}. */
    private static String podsThatDoNotRun(DryRun run) {
        List<String> fates = new ArrayList<>();
        names("Pending", run, Placement::pending, fates);
        names("Refused", run, Placement::refused, fates);
        return fates.isEmpty() ? "" : " (" + String.join("; ", fates) + ")";
    }

    private static void names(String fate, DryRun run, Predicate<Placement> filter, List<String> fates) {
        List<String> names = run.schedule().placements().stream().filter(filter)
                .map(placement -> placement.pod().name()).toList();
        if (!names.isEmpty()) {
            fates.add(fate + ": " + String.join(", ", names));
        }
    }

    /** Writes one schedule report into the output folder. */
    private void write(String name, DryRun run, Report report, ReportWriter writer) throws MojoExecutionException {
        Path file = outputDirectory().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                writer.write(run, report, out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("kvet: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One of the schedule's output formats. */
    @FunctionalInterface
    private interface ReportWriter {
        void write(DryRun run, Report report, PrintWriter out);
    }
}
