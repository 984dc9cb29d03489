package dev.kvet.document;

import dev.kvet.finding.Finding;
import dev.kvet.location.SourceText;
import dev.kvet.location.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Reads a manifest file's bytes into located documents and YAML-level findings; never throws on bad input. */
public final class ManifestParser {

    /** Files above this size are refused; the API server takes objects of at most about 1.5 MiB. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setCodePointLimit(Integer.MAX_VALUE)
            .setAllowDuplicateKeys(true)
            .setUseMarks(true)
            .build();

    /** Reads one file; {@code name} is how the user named it. */
    public ParsedFile parse(String name, byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        if (bytes.length > MAX_FILE_BYTES) {
            findings.add(YamlRule.TOO_LARGE.at(name, Span.at(1, 1), null,
                    String.format(Locale.ROOT, "the file is %.1f MiB, more than the %d MiB kvet reads",
                            bytes.length / 1048576.0, MAX_FILE_BYTES / 1048576),
                    "split it into smaller files; the API server refuses objects over about 1.5 MiB"));
            return new ParsedFile(null, List.of(), findings);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            findings.add(YamlRule.NOT_TEXT.at(name, spanOfByte(bytes, decoded.badByteOffset()), null,
                    "the file is not text: it holds " + decoded.problem() + " at byte " + decoded.badByteOffset(),
                    "manifests are UTF-8 text; exclude this file with --exclude if it is not one"));
            return new ParsedFile(null, List.of(), findings);
        }
        SourceText text = new SourceText(name, decoded.text());
        int helm = HelmTemplates.firstAction(decoded.text());
        if (helm >= 0) {
            findings.add(YamlRule.HELM_TEMPLATE.at(name, text.spanAt(helm), null,
                    "this is a Helm template, not a manifest; it was skipped",
                    "check the rendered output instead: helm template " + HelmTemplates.chartOf(name) + " | kvet check -"));
            return new ParsedFile(text, List.of(), findings);
        }
        List<LocatedDocument> documents = new ArrayList<>();
        YamlComposer composer = new YamlComposer(text, findings);
        try {
            composer.compose(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, decoded.text())), documents);
        } catch (MarkedYamlEngineException e) {
            findings.add(syntaxFinding(text, e));
        } catch (YamlEngineException e) {
            findings.add(YamlRule.SYNTAX.at(name, Span.at(1, 1), null, "invalid YAML: " + oneLine(e.getMessage()), null));
        }
        return new ParsedFile(text, documents, findings);
    }

    private static Finding syntaxFinding(SourceText text, MarkedYamlEngineException e) {
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        Span span = mark == null ? Span.at(1, 1) : Span.at(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? oneLine(e.getMessage()) : oneLine(e.getProblem());
        String line = text.line(span.line());
        if (problem.contains("'\\t'") || leadingWhitespaceHasTab(line)) {
            int tab = Math.max(0, line.indexOf('\t'));
            return YamlRule.TAB_INDENTATION.at(text.name(), Span.at(span.line(), tab + 1), null,
                    "a tab character is used for indentation; YAML allows only spaces",
                    "replace the tab with spaces");
        }
        String context = e.getContext() == null ? "" : " (" + oneLine(e.getContext()) + ")";
        return YamlRule.SYNTAX.at(text.name(), span, null, "invalid YAML: " + problem + context, syntaxHint(problem));
    }

    private static String syntaxHint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "a value containing ': ' must be quoted, or the indentation of this line is off";
        }
        if (problem.contains("expected <block end>")) {
            return "check the indentation of this line against the lines above it";
        }
        if (problem.contains("found undefined alias")) {
            return "define the anchor (&name) before using the alias (*name)";
        }
        return null;
    }

    private static boolean leadingWhitespaceHasTab(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "unknown problem" : message.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static Span spanOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Span.at(line, offset - lineStart + 1);
    }
}
