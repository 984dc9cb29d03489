package dev.kvet.maven;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.run.Summary;
import dev.kvet.source.Source;
import dev.kvet.source.SourceException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** What every kvet goal shares: which manifests, when to fail, where reports go, and how findings are logged. */
abstract class KvetMojo extends AbstractMojo {

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

    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "kvet.failOn", defaultValue = "error")
    private String failOn;

    /** Skips kvet. */
    @Parameter(property = "kvet.skip", defaultValue = "false")
    private boolean skip;

    /** Where the reports go. */
    @Parameter(property = "kvet.outputDirectory", defaultValue = "${project.build.directory}/kvet")
    private File outputDirectory;

    /** Whether the goal is skipped; says so in the log. */
    final boolean skipped() {
        if (skip) {
            getLog().info("kvet: skipped");
        }
        return skip;
    }

    /** The project folder. */
    final Path basedir() {
        return basedir.toPath();
    }

    /** The folder reports are written to. */
    final Path outputDirectory() {
        return outputDirectory.toPath();
    }

    /** The failure threshold from {@code failOn}. */
    final Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("kvet.failOn: " + e.getMessage(), e);
        }
    }

    /** The manifest folders and files to read: {@code sources}, else the default folders that exist. */
    final List<Path> sourceRoots() {
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

    /** The manifests under the roots, after includes and excludes. */
    final List<Source> collect(List<Path> roots) throws MojoExecutionException {
        try {
            ManifestSelection selection = new ManifestSelection(orEmpty(includes), orEmpty(excludes));
            ManifestSelection.Selected selected = selection.select(roots);
            selected.warnings().forEach(warning -> getLog().warn("kvet: " + warning));
            return selected.sources();
        } catch (SourceException e) {
            throw new MojoExecutionException("kvet: " + e.getMessage(), e);
        }
    }

    /** Logs every finding as {@code file:[line,column] rule message}, the form IDEs link to the source. */
    final void logFindings(List<Finding> findings) {
        Log log = getLog();
        for (Finding finding : findings) {
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

    /** The one-line summary of a run, as the build log ends with it. */
    static String summary(Summary summary) {
        return count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning") + ", "
                + count(summary.infos(), "info") + " in " + count(summary.files(), "file") + " ("
                + count(summary.objects(), "object") + ")";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }

    /** A file parameter resolved against the project folder. */
    final Path absolute(File file) {
        return file.isAbsolute() ? file.toPath() : basedir.toPath().resolve(file.toPath());
    }

    /** File parameters resolved against the project folder; none when unset. */
    final List<Path> absolute(List<File> files) {
        return files == null ? List.of() : files.stream().map(this::absolute).toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
    }
}
