package dev.kvet.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The output formats kvet can print, by the name users give to {@code -o}. */
public final class Reporters {

    private Reporters() {
    }

    /** The folder CI tools resolve relative paths against: where kvet runs. */
    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The repository root, which GitLab wants paths relative to: {@code CI_PROJECT_DIR} in a GitLab job (which
     * may run kvet from a subfolder), else the working directory.
     */
    private static Path projectDirectory() {
        String directory = System.getenv("CI_PROJECT_DIR");
        return directory == null || directory.isBlank() ? workingDirectory() : Path.of(directory);
    }

    /** The format names, in the order the help lists them. */
    public static List<String> names() {
        return List.of("text", "json", "sarif", "junit", "github", "gitlab", "checkstyle");
    }

    /**
     * The reporter for a format name.
     *
     * @param color whether the output may carry ANSI colours (only text uses them)
     * @param quiet whether people-oriented outputs should print only the findings
     * @throws IllegalArgumentException for an unknown format, with the known names in the message
     */
    public static Reporter create(String format, boolean color, boolean quiet) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReporter(color, quiet);
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter(workingDirectory());
            case "junit" -> new JunitReporter();
            case "github" -> new GithubReporter(workingDirectory());
            case "gitlab" -> new GitlabReporter(workingDirectory(), projectDirectory());
            case "checkstyle" -> new CheckstyleReporter();
            default -> throw new IllegalArgumentException(
                    "unknown output format '" + format + "' (expected one of " + String.join(", ", names()) + ")");
        };
    }
}
