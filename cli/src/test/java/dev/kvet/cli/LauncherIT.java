package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kvet.run.KvetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./kvet} launcher of the README, run from a copy of the checkout's layout (the script, the built jar,
 * the examples) so that the start-up archives it makes are the test's own.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PREPARING = "kvet: preparing a start-up archive";

    @TempDir
    Path checkout;

    @BeforeEach
    void copyTheLayout() throws IOException {
        Files.copy(ROOT.resolve("kvet"), checkout.resolve("kvet"));
        Files.createDirectories(checkout.resolve("cli/target"));
        Files.copy(Path.of("target/kvet.jar"), checkout.resolve("cli/target/kvet.jar"));
        try (Stream<Path> examples = Files.walk(ROOT.resolve("examples"))) {
            for (Path example : examples.toList()) {
                Files.copy(example, checkout.resolve(ROOT.relativize(example).toString()));
            }
        }
    }

    @Test
    void makesTheStartUpArchiveOnceAndThenStartsFromIt() throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"));
        ProcessResult first = launch(javaHome, Map.of(), "--version");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().startsWith(PREPARING), first.output());
        assertTrue(first.output().contains("kvet " + KvetVersion.get()), first.output());
        assertEquals(1, archives().filter(path -> !path.toString().endsWith(".log")).count(), "one archive");

        ProcessResult second = launch(javaHome, Map.of("KVET_JAVA_OPTS", "-Xlog:class+load"),
                "check", "--no-color", "../examples/clean");
        assertEquals(0, second.exit(), second.output());
        assertFalse(second.output().contains(PREPARING), "made once: " + second.output());
        assertTrue(second.output().contains("source: shared objects file"), "the archive is mapped");
        long fromTheJar = second.output().lines().filter(line -> line.contains("source: file:")).count();
        assertEquals(0, fromTheJar, "every class kvet loads for a check is in the archive");
    }

    @Test
    void makesJava25sAheadOfTimeCacheWithThatJava() throws Exception {
        Optional<Path> java25 = installedJava(25);
        assumeTrue(java25.isPresent(), "no Java 25 or newer under /usr/lib/jvm");
        ProcessResult first = launch(java25.get(), Map.of(), "check", "--no-color", "../examples/clean");
        assertEquals(0, first.exit(), first.output());
        assertTrue(archives().anyMatch(path -> path.toString().endsWith(".aot")), first.output());
        ProcessResult second = launch(java25.get(), Map.of("KVET_JAVA_OPTS", "-Xlog:class+load"), "--version");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("source: shared objects file"), "the cache is mapped");
    }

    @Test
    void aJavaThatWritesNoArchiveIsToldOnceAndStillRuns() throws Exception {
        // A JVM that ignores the archiving option, as some builds of the JDK do.
        Path javaHome = fakeJava("17.0.99", "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) ;; "
                + "*) set -- \"$@\" \"$a\" ;; esac; shift; done; exec '" + ProcessResult.java() + "' \"$@\"");
        ProcessResult first = launch(javaHome, Map.of(), "--version");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("this JVM wrote no start-up archive"), first.output());
        ProcessResult second = launch(javaHome, Map.of(), "--version");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().startsWith("kvet "), "no second attempt: " + second.output());
    }

    @Test
    void refusesAJavaOlderThan17InOneLine() throws Exception {
        Path javaHome = fakeJava("11.0.2", "echo started >&2; exit 99");
        ProcessResult result = launch(javaHome, Map.of(), "check", "x.yaml");
        assertEquals(2, result.exit(), result.output());
        assertEquals("kvet: needs Java 17 or newer, but " + javaHome.resolve("bin/java") + " is Java 11.0.2: "
                + "install a newer one or set JAVA_HOME\n", result.output());
    }

    @Test
    void saysWhenJavaHomeHoldsNoJava() throws Exception {
        Path empty = Files.createDirectory(checkout.resolve("no-java"));
        ProcessResult result = launch(empty, Map.of(), "--version");
        assertEquals(2, result.exit(), result.output());
        assertEquals("kvet: JAVA_HOME is " + empty + ", which holds no bin/java: point it at Java 17 or newer\n",
                result.output());
    }

    private ProcessResult launch(Path javaHome, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Map<String, String> withJava = new HashMap<>(environment);
        withJava.put("JAVA_HOME", javaHome.toString());
        List<String> command = new ArrayList<>(List.of(checkout.resolve("kvet").toString()));
        command.addAll(List.of(args));
        return ProcessResult.run(Path.of("").toAbsolutePath(), withJava, command);
    }

    private Stream<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(checkout.resolve("cli/target/start-up"))) {
            return files.toList().stream();
        }
    }

    /** A JAVA_HOME whose release file says {@code version} and whose bin/java runs {@code script}. */
    private Path fakeJava(String version, String script) throws IOException {
        Path home = checkout.resolve("java-" + version);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/usr/bin/env bash\n" + script + "\n");
        assertTrue(java.toFile().setExecutable(true));
        return home;
    }

    /** A JDK of at least this feature version among those installed the Debian way, if there is one. */
    private static Optional<Path> installedJava(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> releaseFeature(home) >= feature).sorted().findFirst();
        }
    }

    private static int releaseFeature(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION=\""))
                    .map(line -> line.substring("JAVA_VERSION=\"".length()).split("[.\"+-]")[0])
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
