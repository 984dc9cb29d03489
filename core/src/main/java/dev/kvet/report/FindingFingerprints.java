package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.finding.ObjectRef;
import dev.kvet.location.SourceText;
import dev.kvet.location.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The fingerprints of one report's findings, which dashboards use to match a finding across runs (GitHub code
 * scanning, GitLab's merge-request comparison): stable when lines are inserted or removed elsewhere in the file,
 * and unique within the report because equal findings are numbered in reading order ({@code <hash>:1},
 * {@code <hash>:2}). Changing the recipe makes every dashboard see all findings as new: bump the version in
 * {@link SarifReporter#FINGERPRINT_KEY} when it does.
 */
final class FindingFingerprints {

    private final Map<String, SourceText> texts;
    private final Map<String, Integer> seen = new HashMap<>();

    /** Fingerprints for the findings of a report whose file texts are {@code texts}, by file name. */
    FindingFingerprints(Map<String, SourceText> texts) {
        this.texts = texts;
    }

    /** The fingerprint of the next finding; call it once per finding, in the report's order. */
    String next(Finding finding) {
        String hash = hash(finding, texts.get(finding.file()));
        return hash + ":" + seen.merge(hash, 1, Integer::sum);
    }

    /**
     * What identifies a finding across runs: the rule, the file, the object and the field, but not the line,
     * so inserting lines above it keeps the alert. YAML-level findings, which have no field, use their
     * document and the text they point at instead.
     */
    private static String hash(Finding finding, SourceText text) {
        ObjectRef object = finding.object();
        String place = finding.pointer() != null ? "pointer:" + finding.pointer()
                : "document:" + finding.document() + ":" + spannedText(text, finding.span());
        String identity = String.join("\u0000", finding.rule(), finding.file(),
                object == null ? "" : String.valueOf(object.kind()),
                object == null ? "" : String.valueOf(object.namespace()),
                object == null ? "" : String.valueOf(object.name()),
                place);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The text on the span's first line, or the empty string when the file's text is not at hand. */
    private static String spannedText(SourceText text, Span span) {
        if (text == null || span.line() > text.lineCount()) {
            return "";
        }
        String line = text.line(span.line());
        int length = line.codePointCount(0, line.length());
        int start = Math.min(span.column() - 1, length);
        int end = span.endLine() == span.line() ? Math.min(Math.max(span.endColumn() - 1, start), length) : length;
        return line.substring(line.offsetByCodePoints(0, start), line.offsetByCodePoints(0, end));
    }
}
