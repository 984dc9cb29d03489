package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.run.KvetVersion;
import dev.kvet.schema.SchemaLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-file distribution as users run it: {@code java -jar kvet.jar} in a fresh JVM, so a class or service
 * file the shade step left out fails here (run by failsafe after {@code package}).
 */
class DistributionIT {

    private static final Path JAR = Path.of("target/kvet.jar");

    @Test
    void versionNamesKvetAndTheBundledKubernetesVersions() throws Exception {
        ProcessResult result = kvet("--version");
        assertEquals(0, result.exit(), result.output());
        String bundled = SchemaLibrary.bundled().versions().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        assertTrue(!bundled.isEmpty(), "the jar bundles at least one Kubernetes version");
        assertEquals("kvet " + KvetVersion.get() + "\nKubernetes schemas: " + bundled + "\n", result.output());
    }

    @Test
    void checksTheCleanExamples() throws Exception {
        ProcessResult result = kvet("check", "--no-color", "../examples/clean");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("0 errors"), result.output());
    }

    @Test
    void findsTheSeedBugsAndWritesEveryFormat(@TempDir Path reports) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--no-color", "../examples/broken"));
        for (String format : List.of("json", "sarif", "junit", "github", "gitlab", "checkstyle")) {
            args.add("-o");
            args.add(format + "=" + reports.resolve("out." + format));
        }
        ProcessResult result = kvet(args.toArray(String[]::new));
        assertEquals(1, result.exit(), result.output());
        assertEquals("", result.output(), "all outputs went to files");
        assertTrue(Files.readString(reports.resolve("out.sarif")).contains("\"ruleId\" : \"yaml/duplicate-key\""));
        assertTrue(Files.readString(reports.resolve("out.github")).contains("title=yaml/tab-indentation"));
    }

    private static ProcessResult kvet(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessResult.java(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return ProcessResult.run(Path.of("").toAbsolutePath(), Map.of(), command);
    }
}
