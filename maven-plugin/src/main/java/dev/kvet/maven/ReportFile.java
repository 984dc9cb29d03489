package dev.kvet.maven;

import dev.kvet.report.Reporter;
import dev.kvet.report.Reporters;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One report the plugin writes: a format's reporter and its conventional file name in the output folder.
 *
 * @param reporter the reporter of the format
 * @param path     the file to write
 */
record ReportFile(Reporter reporter, Path path) {

    /**
     * The report of a format in the output folder.
     *
     * @throws IllegalArgumentException for an unknown format, with the known ones named
     */
    static ReportFile of(String format, Path directory) {
        String name = format.toLowerCase(Locale.ROOT);
        Reporter reporter = Reporters.create(name, false, false);
        String file = switch (name) {
            case "sarif" -> "kvet.sarif";
            case "junit" -> "kvet-junit.xml";
            case "json" -> "kvet.json";
            case "checkstyle" -> "kvet-checkstyle.xml";
            case "gitlab" -> "kvet-codequality.json";
            default -> "kvet-" + name + ".txt";
        };
        return new ReportFile(reporter, directory.resolve(file));
    }
}
