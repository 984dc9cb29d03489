package dev.kvet.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.report.TextReporter;
import dev.kvet.source.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for everything found while reading (YAML and object identity): each {@code X.yaml} under
 * {@code golden/reading} has an {@code X.expected} holding the quiet text output. Run with
 * {@code -Dkvet.golden.update=true} to rewrite the expected files after a deliberate change, then review the diff.
 */
class ReadingGoldenTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden/reading");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findingsMatchTheGoldenFile(Path input) throws IOException {
        String name = input.getFileName().toString();
        Report report = CheckRun.of(List.of()).execute(List.of(new Source(name, input)), done -> { });
        StringWriter out = new StringWriter();
        new TextReporter(false, true).write(report, new PrintWriter(out));
        Path expectedFile = FOLDER.resolve(name.replace(".yaml", ".expected"));
        if (Boolean.getBoolean("kvet.golden.update")) {
            Files.writeString(expectedFile, out.toString());
        }
        assertEquals(read(expectedFile), out.toString(), name);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("missing golden file " + file, e);
        }
    }
}
