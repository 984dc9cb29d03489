package dev.kvet.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Fix;
import dev.kvet.finding.Severity;
import dev.kvet.location.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFixerTest {

    @TempDir
    Path folder;

    private static Finding fixable(Path file, int line, int column, String original, String replacement) {
        Span span = new Span(line, column, line, column + original.length());
        return new Finding(file.toString(), span, Severity.ERROR, "schema/wrong-type", "m", null, null, 0, null,
                Fix.replace("d", span, original, replacement));
    }

    @Test
    void changesOnlyTheFixedTextAndKeepsByteOrderMarkLineEndsAndComments() throws Exception {
        Path file = folder.resolve("web.yaml");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "kind: Pod  # é\r\nspec:\r\n  value: yes\r\n  other: 'x'\r\n";
        Files.write(file, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        ManifestFixer.Result result = new ManifestFixer().apply(List.of(fixable(file, 3, 10, "yes", "\"yes\"")));
        assertEquals(1, result.fixed());
        assertEquals(List.of(file.toString()), result.files());
        assertArrayEquals(concat(bom, text.replace("value: yes", "value: \"yes\"").getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(file));
    }

    @Test
    void columnsCountCodePointsAsFindingsDo() throws Exception {
        Path file = folder.resolve("emoji.yaml");
        Files.writeString(file, "a: {😀: 1, k: yes}\n");
        new ManifestFixer().apply(List.of(fixable(file, 1, 14, "yes", "\"yes\"")));
        assertEquals("a: {😀: 1, k: \"yes\"}\n", Files.readString(file));
    }

    @Test
    void aFileChangedSinceTheCheckIsLeftAlone() throws Exception {
        Path file = folder.resolve("web.yaml");
        Files.writeString(file, "value: no\n");
        ManifestFixer.Result result = new ManifestFixer().apply(List.of(fixable(file, 1, 8, "yes", "\"yes\"")));
        assertEquals(0, result.fixed());
        assertEquals(List.of(file + " changed since it was checked; not applied: d"), result.skipped());
        assertEquals("value: no\n", Files.readString(file));
    }

    @Test
    void ofTwoOverlappingFixesTheFirstIsApplied() throws Exception {
        Path file = folder.resolve("web.yaml");
        Files.writeString(file, "value: yes\n");
        ManifestFixer.Result result = new ManifestFixer().apply(List.of(fixable(file, 1, 8, "yes", "\"yes\""),
                fixable(file, 1, 8, "yes", "true")));
        assertEquals(1, result.fixed());
        assertEquals("value: \"yes\"\n", Files.readString(file));
    }

    @Test
    void standardInputAndFilesThatAreNotUtf8AreNotWritten() throws Exception {
        Path latin1 = folder.resolve("latin1.yaml");
        byte[] bytes = {'v', ':', ' ', 'y', 'e', 's', ' ', '#', ' ', (byte) 0xE9, '\n'};
        Files.write(latin1, bytes);
        ManifestFixer.Result result = new ManifestFixer().apply(List.of(fixable(Path.of("-"), 1, 4, "yes", "\"yes\""),
                fixable(latin1, 1, 4, "yes", "\"yes\"")));
        assertEquals(0, result.fixed());
        assertEquals(List.of("standard input cannot be fixed in place; 1 fix not applied",
                latin1 + " is not UTF-8 text; its fixes were not applied"), result.skipped());
        assertArrayEquals(bytes, Files.readAllBytes(latin1));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
