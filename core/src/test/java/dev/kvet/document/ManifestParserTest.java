package dev.kvet.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

    private final ManifestParser parser = new ManifestParser();

    private ParsedFile parse(String text) {
        return parser.parse("test.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> rules(ParsedFile file) {
        return file.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void locatesEveryKeyAndValue() {
        ParsedFile file = parse("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                  - name: app
                    image: nginx:1.27
                """);
        LocatedDocument document = file.documents().get(0);
        assertEquals(new Span(4, 9, 4, 12), document.locate(JsonPointer.parse("/metadata/name")));
        assertEquals(new Span(4, 3, 4, 7), document.locateKey(JsonPointer.parse("/metadata/name")));
        assertEquals(new Span(8, 12, 8, 22), document.locate(JsonPointer.parse("/spec/containers/0/image")));
        assertEquals(new Span(8, 5, 8, 10), document.locateKey(JsonPointer.parse("/spec/containers/0/image")));
    }

    @Test
    void missingPathsLocateTheirDeepestAncestor() {
        LocatedDocument document = parse("apiVersion: v1\nkind: Pod\nspec:\n  containers: []\n").documents().get(0);
        assertEquals(4, document.locateKey(JsonPointer.parse("/spec/containers/0/name")).line());
    }

    @Test
    void readsEveryDocumentAndSkipsEmptyOnes() {
        ParsedFile file = parse("---\n# only a comment\n---\na: 1\n---\n---\nb: 2\n...\n");
        assertEquals(2, file.documents().size());
        assertEquals(1, file.documents().get(0).index());
        assertEquals(3, file.documents().get(1).index());
        assertTrue(file.findings().isEmpty());
    }

    @Test
    void crlfLineEndingsKeepPositions() {
        ParsedFile file = parse("apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\n");
        assertEquals(new Span(4, 9, 4, 12), file.documents().get(0).locate(JsonPointer.parse("/metadata/name")));
        assertEquals("  name: web", file.text().line(4));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "kind: Pod\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        ParsedFile file = parser.parse("bom.yaml", bytes);
        assertTrue(file.findings().isEmpty());
        assertEquals(new Span(1, 7, 1, 10), file.documents().get(0).locate(JsonPointer.parse("/kind")));
    }

    @Test
    void utf8BeyondAsciiIsDecoded() {
        ParsedFile file = parser.parse("utf8.yaml", "name: caf\u00e9 \u6771\u4eac\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(file.findings().isEmpty());
        assertEquals("name: caf\u00e9 \u6771\u4eac", file.text().line(1));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        ParsedFile file = parser.parse("u16.yaml", "\uFEFFkind: Pod\n".getBytes(StandardCharsets.UTF_16BE));
        assertTrue(file.findings().isEmpty());
        assertEquals(1, file.documents().size());
    }

    @Test
    void binaryFilesAreOneFinding() {
        ParsedFile file = parser.parse("image.yaml", new byte[] {'a', ':', ' ', '1', '\n', 0, 1, 2, (byte) 0xFF});
        assertEquals(List.of("yaml/not-text"), rules(file));
        assertEquals(2, file.findings().get(0).span().line());
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] bytes = "a: 1\nb: x\n".getBytes(StandardCharsets.UTF_8);
        bytes[9] = (byte) 0xC3;
        ParsedFile file = parser.parse("latin1.yaml", bytes);
        assertEquals(List.of("yaml/not-text"), rules(file));
        assertEquals(new Span(2, 5, 2, 6), file.findings().get(0).span());
    }

    @Test
    void syntaxErrorsArePlacedAndEarlierDocumentsKept() {
        ParsedFile file = parse("a: 1\n---\nkey: value: other\n");
        assertEquals(List.of("yaml/syntax"), rules(file));
        assertEquals(3, file.findings().get(0).span().line());
        assertNotNull(file.findings().get(0).hint());
        assertEquals(1, file.documents().size());
    }

    @Test
    void tabsUsedForIndentationHaveTheirOwnRule() {
        ParsedFile file = parse("spec:\n  containers:\n  - name: app\n\timage: nginx\n");
        assertEquals(List.of("yaml/tab-indentation"), rules(file));
        assertEquals(Span.at(4, 1), file.findings().get(0).span());
    }

    @Test
    void duplicateKeysAreReportedAtTheRepeatAndTheLastValueWins() {
        ParsedFile file = parse("metadata:\n  name: a\n  name: b\n");
        assertEquals(List.of("yaml/duplicate-key"), rules(file));
        assertEquals(new Span(3, 3, 3, 7), file.findings().get(0).span());
        YamlMap metadata = ((YamlMap) file.documents().get(0).root()).map("metadata");
        assertEquals("b", metadata.string("name"));
    }

    @Test
    void mergeKeysAreApplied() {
        ParsedFile file = parse("base: &base {a: 1, b: 2}\nderived:\n  <<: *base\n  b: 3\n");
        YamlMap derived = ((YamlMap) file.documents().get(0).root()).map("derived");
        assertEquals("1", ((YamlScalar) derived.get("a")).text());
        assertEquals("3", ((YamlScalar) derived.get("b")).text());
        assertTrue(file.findings().isEmpty());
    }

    @Test
    void aliasBombsAreRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 30; level++) {
            String previous = "*a" + (level - 1);
            bomb.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", List.of(previous, previous, previous, previous, previous,
                            previous, previous, previous, previous))).append("]\n");
        }
        ParsedFile file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(bomb.toString()));
        assertEquals(List.of("yaml/alias-bomb"), rules(file));
        assertTrue(file.documents().isEmpty());
    }

    @Test
    void recursiveAliasesAreRefused() {
        ParsedFile file = parse("a: &x\n  b: *x\n");
        assertEquals(List.of("yaml/undefined-alias"), rules(file));
        assertTrue(file.documents().isEmpty());
    }

    @Test
    void tenThousandLevelsOfFlowNestingAreRefused() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        ParsedFile file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(deep));
        assertEquals(List.of("yaml/too-deep"), rules(file));
    }

    @Test
    void blockNestingBeyondTheLimitIsRefused() {
        // 10,000 indented levels would be a 50 MB file (refused by size); 3,000 is well past the depth limit.
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 3_000; level++) {
            deep.append(" ".repeat(level)).append("k:\n");
        }
        ParsedFile file = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(deep.toString()));
        assertEquals(List.of("yaml/too-deep"), rules(file));
    }

    @Test
    void hugeFilesAreRefusedWithoutParsing() {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        ParsedFile file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse("huge.yaml", huge));
        assertEquals(List.of("yaml/too-large"), rules(file));
        assertTrue(file.findings().get(0).message().contains("50.0 MiB"));
    }

    @Test
    void helmTemplatesAreSkippedWithOneNotice() {
        ParsedFile file = parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\n");
        assertEquals(List.of("yaml/helm-template"), rules(file));
        assertEquals(Span.at(4, 9), file.findings().get(0).span());
        assertTrue(file.documents().isEmpty());
    }

    @Test
    void aHelmTemplateSaysWhichChartToRender() {
        String template = "metadata:\n  name: {{ .Release.Name }}\n";
        Map<String, String> chartOf = Map.of("charts/web/templates/deployment.yaml", "charts/web",
                "templates/deployment.yaml", ".", "web/templates/tests/test.yaml", "web", "my-templates/x.yaml", ".");
        chartOf.forEach((name, chart) -> assertEquals("check the rendered output instead: helm template " + chart
                + " | kvet check -", new ManifestParser().parse(name, template.getBytes(StandardCharsets.UTF_8)).findings().get(0).hint(),
                name));
    }

    @Test
    void templateTextInsideValuesIsNotHelm() {
        ParsedFile file = parse("kind: ConfigMap\ndata:\n  alert: \"{{ $labels.instance }} is down\"\n");
        assertTrue(file.findings().isEmpty());
        assertEquals(1, file.documents().size());
    }

    @Test
    void complexKeysAreReported() {
        ParsedFile file = parse("? [a, b]\n: value\n");
        assertEquals(List.of("yaml/complex-key"), rules(file));
    }

    @Test
    void scalarsKeepQuotingAndKubernetesTypes() {
        YamlMap root = (YamlMap) parse("a: yes\nb: \"yes\"\nc: 0755\n").documents().get(0).root();
        YamlScalar a = (YamlScalar) root.get("a");
        assertTrue(a.plain());
        assertEquals(ScalarValue.Type.BOOLEAN, a.value().type());
        YamlScalar b = (YamlScalar) root.get("b");
        assertFalse(b.plain());
        assertEquals("yes", b.stringValue());
        assertInstanceOf(java.math.BigInteger.class, ((YamlScalar) root.get("c")).value().value());
    }
}
