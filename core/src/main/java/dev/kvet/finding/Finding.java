package dev.kvet.finding;

import dev.kvet.location.Span;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a manifest: where it is, which rule says so, how bad it is, and what to do.
 *
 * @param file     the file as the user named it ({@code -} for standard input)
 * @param span     where in the file; never absent
 * @param severity how bad it is
 * @param rule     the stable rule id, such as {@code yaml/duplicate-key}
 * @param message  what is wrong, in words a person understands at once
 * @param hint     how to fix it, or null
 * @param pointer  the JSON pointer of the offending value inside its document, or null
 * @param document the 0-based index of the YAML document in the file, or null for file-level findings
 * @param object   the object the finding is about, or null when there is none
 * @param fix      a change of the text that resolves the finding for certain, or null
 */
public record Finding(String file, Span span, Severity severity, String rule, String message, String hint,
                      String pointer, Integer document, ObjectRef object, Fix fix) {

    /** Findings in reading order: by line, column, then rule and message, for stable output. */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparingInt((Finding f) -> f.span().line())
            .thenComparingInt(f -> f.span().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A finding without a fix. */
    public Finding(String file, Span span, Severity severity, String rule, String message, String hint,
                   String pointer, Integer document, ObjectRef object) {
        this(file, span, severity, rule, message, hint, pointer, document, object, null);
    }

    /** The same finding with another severity, as configuration may ask. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(file, span, newSeverity, rule, message, hint, pointer, document, object, fix);
    }

    /** The same finding with a fix that resolves it. */
    public Finding withFix(Fix newFix) {
        return new Finding(file, span, severity, rule, message, hint, pointer, document, object, newFix);
    }
}
