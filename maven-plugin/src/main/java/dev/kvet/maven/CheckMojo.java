package dev.kvet.maven;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Severity;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.source.Source;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code kvet:check}: checks the project's Kubernetes manifests, logs every finding where IDEs link it, writes
 * the CI reports, and fails the build when findings reach {@code failOn}. The same run as {@code kvet check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends KvetMojo {

    /** The Kubernetes version to check against, such as {@code 1.33}; default: the newest bundled. */
    @Parameter(property = "kvet.kubernetesVersion")
    private String kubernetesVersion;

    /** A kvet configuration file; default: {@code .kvet.yaml} found from the project folder up. */
    @Parameter(property = "kvet.config")
    private File config;

    /** Node inventory files or folders; when set, kvet also reports pods that cannot be scheduled. */
    @Parameter(property = "kvet.nodes")
    private List<File> nodes;

    /** CustomResourceDefinition files or folders, to check custom resources against their schemas. */
    @Parameter(property = "kvet.crds")
    private List<File> crds;

    /**
     * Folders of custom resource JSON Schemas laid out like the CRDs-catalog ({@code GROUP/KIND_VERSION.json}),
     * for custom resources that no CRD defines; the first folder with a type's file wins.
     */
    @Parameter(property = "kvet.schemaLocations")
    private List<File> schemaLocations;

    /** The report files to write into {@code outputDirectory}, by format: sarif, junit, json, checkstyle, gitlab, github, text. */
    @Parameter(property = "kvet.outputFormats", defaultValue = "sarif,junit,json")
    private List<String> outputFormats;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Severity threshold = threshold();
        List<ReportFile> reportFiles = reportFiles();
        List<Path> roots = sourceRoots();
        if (roots.isEmpty()) {
            getLog().info("kvet: no manifests folder (" + String.join(", ", DEFAULT_SOURCES) + "); nothing to check");
            return;
        }
        List<Source> manifests = collect(roots);
        Report report = prepare().execute(manifests, done -> { });
        logFindings(report.findings());
        for (ReportFile file : reportFiles) {
            write(report, file);
        }
        if (!report.ioErrors().isEmpty()) {
            throw new MojoExecutionException("kvet: " + String.join("; ", report.ioErrors()));
        }
        String summary = summary(report.summary());
        if (report.hasFindingsAtLeast(threshold)) {
            throw new MojoFailureException("kvet: " + summary + " (failOn: " + threshold.label() + ")");
        }
        getLog().info("kvet: " + summary);
    }

    private List<ReportFile> reportFiles() throws MojoExecutionException {
        List<ReportFile> files = new ArrayList<>();
        for (String format : outputFormats == null ? List.<String>of() : outputFormats) {
            if (format.isBlank()) {
                continue;
            }
            try {
                files.add(ReportFile.of(format.trim(), outputDirectory()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("kvet.outputFormats: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private CheckRun prepare() throws MojoExecutionException {
        RunOptions options = new RunOptions(blankToNull(kubernetesVersion), config == null ? null : absolute(config),
                basedir(), absolute(crds), absolute(schemaLocations), absolute(nodes), List.of(), false);
        try {
            return CheckRun.prepare(options);
        } catch (CheckSetupException e) {
            throw new MojoExecutionException("kvet: " + e.getMessage(), e);
        }
    }

    private void write(Report report, ReportFile file) throws MojoExecutionException {
        try {
            file.reporter().writeFile(report, file.path());
        } catch (IOException e) {
            throw new MojoExecutionException("kvet: cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
