package dev.kvet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/report/golden}: the expected output, compared whole. Run the
 * tests with {@code -Dkvet.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
final class Golden {

    private static final Path FOLDER = Path.of("src/test/resources/report/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("kvet.updateGolden")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }
}
