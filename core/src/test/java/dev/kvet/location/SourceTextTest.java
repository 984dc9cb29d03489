package dev.kvet.location;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line breaks as YAML 1.2 defines them (§5.4): LF, CRLF and a lone CR each end one line. */
class SourceTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a:1\\nb:2\\n         | a:1,b:2,",
            "a:1\\nb:2           | a:1,b:2",
            "a:1\\r\\nb:2\\r\\n  | a:1,b:2,",
            "a:1\\rb:2\\r        | a:1,b:2,",
            "a\\r\\rb            | a,,b",
            "a\\n\\r\\nb\\rc\\n  | a,,b,c,",
            "\\n\\n              | ,,",
            "''                  | ''",
            "x\\r                | x,",
    })
    void everyLineBreakEndsOneLine(String escaped, String expectedLines) {
        SourceText text = new SourceText("f.yaml", unescape(escaped));
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= text.lineCount(); line++) {
            lines.add(text.line(line));
        }
        assertEquals(expectedLines, String.join(",", lines), escaped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\\nbc\\nd | 0 | 1 | 1", "a\\nbc\\nd | 3 | 2 | 2", "a\\nbc\\nd | 5 | 3 | 1",
            "a\\r\\nb   | 3 | 2 | 1", "a\\rb     | 2 | 2 | 1", "é\\nx     | 1 | 1 | 2",
    })
    void offsetsTurnIntoLineAndColumn(String escaped, int offset, int line, int column) {
        Span span = new SourceText("f.yaml", unescape(escaped)).spanAt(offset);
        assertEquals(line, span.line(), "line of " + offset);
        assertEquals(column, span.column(), "column of " + offset);
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "2"})
    void linesPastTheEndAreEmpty(int past) {
        SourceText text = new SourceText("f.yaml", "a\nb");
        assertEquals("", text.line(text.lineCount() + 1 + past));
        assertEquals("", text.line(-past));
    }

    private static String unescape(String escaped) {
        return escaped.replace("\\r", "\r").replace("\\n", "\n");
    }
}
