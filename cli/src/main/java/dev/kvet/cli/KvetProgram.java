package dev.kvet.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start this very kvet again from elsewhere (a git hook): the Java runtime and the jar, or the class
 * path when kvet runs from unpacked classes; every path absolute, as recorded at install time.
 *
 * @param command the command line up to and excluding kvet's own arguments
 */
record KvetProgram(List<String> command) {

    /** The running kvet. */
    static KvetProgram current() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path location = codeLocation();
        if (Files.isRegularFile(location)) {
            return new KvetProgram(List.of(java, "-jar", location.toString()));
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return new KvetProgram(List.of(java, "-cp", String.join(File.pathSeparator, entries), Kvet.class.getName()));
    }

    private static Path codeLocation() {
        try {
            return Path.of(Kvet.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("kvet's own location is not a file: " + e.getMessage(), e);
        }
    }
}
