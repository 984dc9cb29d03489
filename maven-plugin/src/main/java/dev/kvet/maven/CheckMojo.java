package dev.kvet.maven;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.run.Summary;
import dev.kvet.source.Source;
import dev.kvet.source.SourceException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code kvet:check}: checks the project's Kubernetes manifests, logs every finding where IDEs link it, writes
 * the CI reports, and fails the build when findings reach {@code failOn}. The same run as {@code kvet check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** The folders looked at when {@code sources} is not set, each only if it exists. */
    static final List<String> DEFAULT_SOURCES = List.of("src/main/k8s", "src/main/kubernetes", "src/main/resources/k8s");

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Manifest files or folders; default: those of {@code src/main/k8s}, {@code src/main/kubernetes}, {@code src/main/resources/k8s} that exist. */
    @Parameter(property = "kvet.sources")
    private List<File> sources;

    /** Globs, relative to a source folder, of the files to check; default: every YAML and JSON file. */
    @Parameter(property = "kvet.includes")
    private List<String> includes;

    /** Globs of files or folders to leave out, such as {@code **}{@code /templates/**}. */
    @Parameter(property = "kvet.excludes")
    private List<String> excludes;

    /** The Kubernetes version to check against, such as {@code 1.33}; default: the newest bundled. */
    @Parameter(property = "kvet.kubernetesVersion")
    private String kubernetesVersion;

    /** A kvet configuration file; default: {@code .kvet.yaml} found from the project folder up. */
    @Parameter(property = "kvet.config")
    private File config;

    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "kvet.failOn", defaultValue = "error")
    private String failOn;

    /** Node inventory files or folders; when set, kvet also reports pods that cannot be scheduled. */
    @Parameter(property = "kvet.nodes")
    private List<File> nodes;

    /** CustomResourceDefinition files or folders, to check custom resources against their schemas. */
    @Parameter(property = "kvet.crds")
    private List<File> crds;

    /** Skips the check. */
    @Parameter(property = "kvet.skip", defaultValue = "false")
    private boolean skip;

    /** The report files to write into {@code outputDirectory}, by format: sarif, junit, json, checkstyle, github, text. */
    @Parameter(property = "kvet.outputFormats", defaultValue = "sarif,junit,json")
    private List<String> outputFormats;

    /** Where the reports go: {@code kvet.sarif}, {@code kvet-junit.xml}, {@code kvet.json}. */
    @Parameter(property = "kvet.outputDirectory", defaultValue = "${project.build.directory}/kvet")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("kvet: skipped");
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
        logFindings(report);
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

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("kvet.failOn: " + e.getMessage(), e);
        }
    }

    private List<ReportFile> reportFiles() throws MojoExecutionException {
        List<ReportFile> files = new ArrayList<>();
        for (String format : outputFormats == null ? List.<String>of() : outputFormats) {
            if (format.isBlank()) {
                continue;
            }
            try {
                files.add(ReportFile.of(format.trim(), outputDirectory.toPath()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("kvet.outputFormats: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private List<Path> sourceRoots() {
        List<Path> roots = new ArrayList<>();
        if (sources != null && !sources.isEmpty()) {
            sources.forEach(source -> roots.add(absolute(source)));
            return roots;
        }
        for (String folder : DEFAULT_SOURCES) {
            Path path = basedir.toPath().resolve(folder);
            if (path.toFile().isDirectory()) {
                roots.add(path);
            }
        }
        return roots;
    }

    private List<Source> collect(List<Path> roots) throws MojoExecutionException {
        try {
            ManifestSelection selection = new ManifestSelection(orEmpty(includes), orEmpty(excludes));
            ManifestSelection.Selected selected = selection.select(roots);
            selected.warnings().forEach(warning -> getLog().warn("kvet: " + warning));
            return selected.sources();
        } catch (SourceException e) {
            throw new MojoExecutionException("kvet: " + e.getMessage(), e);
        }
    }

    private CheckRun prepare() throws MojoExecutionException {
        RunOptions options = new RunOptions(blankToNull(kubernetesVersion), config == null ? null : absolute(config),
                basedir.toPath(), absolute(crds), absolute(nodes), List.of());
        try {
            return CheckRun.prepare(options);
        } catch (CheckSetupException e) {
            throw new MojoExecutionException("kvet: " + e.getMessage(), e);
        }
    }

    private void logFindings(Report report) {
        Log log = getLog();
        for (Finding finding : report.findings()) {
            String line = finding.file() + ":[" + finding.span().line() + "," + finding.span().column() + "] "
                    + finding.rule() + " " + finding.message()
                    + (finding.object() == null ? "" : " [" + finding.object().display() + "]")
                    + (finding.hint() == null ? "" : " (hint: " + finding.hint() + ")");
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
    }

    private void write(Report report, ReportFile file) throws MojoExecutionException {
        try {
            file.reporter().writeFile(report, file.path());
        } catch (IOException e) {
            throw new MojoExecutionException("kvet: cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private static String summary(Summary summary) {
        return count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning") + ", "
                + count(summary.infos(), "info") + " in " + count(summary.files(), "file") + " ("
                + count(summary.objects(), "object") + ")";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }

    private Path absolute(File file) {
        return file.isAbsolute() ? file.toPath() : basedir.toPath().resolve(file.toPath());
    }

    private List<Path> absolute(List<File> files) {
        return files == null ? List.of() : files.stream().map(this::absolute).toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
