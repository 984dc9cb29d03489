package dev.kvet.location;

/**
 * A range of source text, 1-based and inclusive of its start, exclusive of its end column,
 * as editors and SARIF count them.
 */
public record Span(int line, int column, int endLine, int endColumn) {

    /** A span that covers one character at the given position. */
    public static Span at(int line, int column) {
        return new Span(line, column, line, column + 1);
    }

    /** Whether this span starts before the other one. */
    public boolean startsBefore(Span other) {
        return line < other.line || (line == other.line && column < other.column);
    }
}
