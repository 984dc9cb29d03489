package dev.kvet.location;

import java.util.Arrays;

/** The decoded text of one source file, with fast access to its lines for snippets under a finding. */
public final class SourceText {

    private final String name;
    private final String text;
    private final int[] lineStarts;

    /** Indexes the lines of a decoded text; CRLF and lone CR count as one line break, as YAML says. */
    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        this.lineStarts = text.indexOf('\r') < 0 ? afterLineFeeds(text) : afterAnyBreak(text);
    }

    // The common case, and a fast one: String.indexOf(char) is a vectorised intrinsic, a charAt loop is not.
    private static int[] afterLineFeeds(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = feed + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] afterAnyBreak(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The file name as the user gave it. */
    public String name() {
        return name;
    }

    /** The whole decoded text. */
    public String text() {
        return text;
    }

    /** How many lines the text has. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Line {@code line} (1-based) without its line break, or the empty string past the end. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The character offset of a 1-based line and column (in code points), or -1 when the text has no such place. */
    public int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        if (text.codePointCount(start, end) < column - 1) {
            return -1;
        }
        return text.offsetByCodePoints(start, column - 1);
    }

    /** The text a span covers, or null when the text has no such span. */
    public String slice(Span span) {
        int start = offset(span.line(), span.column());
        int end = offset(span.endLine(), span.endColumn());
        return start < 0 || end < start ? null : text.substring(start, end);
    }

    /** The 1-based line and column (in code points) of a character offset. */
    public Span spanAt(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        int column = text.codePointCount(lineStarts[line], Math.min(offset, text.length())) + 1;
        return Span.at(line + 1, column);
    }
}
