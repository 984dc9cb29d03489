package dev.kvet.finding;

import dev.kvet.location.Span;
import java.util.List;

/**
 * A change of the manifest's text that resolves a finding for certain, such as quoting a value YAML would read as
 * a boolean; {@code kvet check --fix} applies it, SARIF and JSON reports carry it.
 *
 * @param description what the change does, in a few words ("quote the value")
 * @param edits       the replacements, none overlapping another
 */
public record Fix(String description, List<Edit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    /** A fix that replaces one span of text. */
    public static Fix replace(String description, Span span, String original, String replacement) {
        return new Fix(description, List.of(new Edit(span, original, replacement)));
    }

    /**
     * One replacement of text.
     *
     * @param span        what is replaced (end column exclusive)
     * @param original    the text the span must hold when the fix is applied, so that a file edited since the check
     *                    is left alone
     * @param replacement the new text
     */
    public record Edit(Span span, String original, String replacement) {
    }
}
