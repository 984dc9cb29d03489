package dev.kvet.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.location.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nodes keep their spans packed when they fit; every span must come back exactly as it went in. */
class PackedSpanTest {

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 2", "12, 3, 14, 1", "65534, 65534, 65534, 65534", "65535, 1, 65535, 2", "1, 70000, 1, 70005",
            "2, 1, 100000, 1", "0, 0, 0, 0"})
    void nodesGiveBackTheSpansTheyWereMadeWith(int line, int column, int endLine, int endColumn) {
        Span span = new Span(line, column, endLine, endColumn);
        YamlScalar scalar = new YamlScalar("a", ScalarValue.string("a"), true, span);
        YamlMap.Entry entry = new YamlMap.Entry("a", span, scalar);
        YamlMap map = new YamlMap(List.of(entry), span, 2);

        assertEquals(span, scalar.span());
        assertEquals(span, entry.keySpan());
        assertEquals(span, map.span());
    }

    @Test
    void aKeyOnAVeryLongLineIsLocatedExactly() {
        String yaml = "a: " + "x".repeat(70_000) + "\nb: {c: 1, d: 2}\n" + "#\n".repeat(70_000) + "e: 3\n";
        YamlMap root = (YamlMap) new ManifestParser().parse("long.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .documents().get(0).root();

        assertEquals(new Span(1, 4, 1, 70_004), root.get("a").span());
        assertEquals(new Span(2, 11, 2, 12), ((YamlMap) root.get("b")).entry("d").orElseThrow().keySpan());
        assertEquals(new Span(70_003, 1, 70_003, 2), root.entry("e").orElseThrow().keySpan());
        assertEquals(new Span(70_003, 4, 70_003, 5), root.get("e").span());
    }
}
