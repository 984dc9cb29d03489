package dev.kvet.rules.suppression;

import dev.kvet.finding.Finding;
import dev.kvet.finding.ObjectRef;
import dev.kvet.location.Span;
import java.util.function.Predicate;

/**
 * One rule silenced in one place: by an object's {@code kvet.io/ignore} annotation (the whole object, or one
 * of its containers), or by a {@code # kvet:ignore} comment (one line).
 *
 * @param rule     the rule id it names
 * @param file     the file it is written in
 * @param span     where it is written, for reporting it when it silences nothing
 * @param pointer  where an annotation stands in its document, or null for a comment
 * @param document the document it is written in, or null for a comment
 * @param object   the object of an annotation, or null for a comment
 * @param scope    which findings of the rule it silences
 * @param origin   how it reads to a person, such as {@code # kvet:ignore} or {@code kvet.io/ignore}
 */
record Suppression(String rule, String file, Span span, String pointer, Integer document, ObjectRef object,
                   Predicate<Finding> scope, String origin) {

    /** Whether it silences the finding. */
    boolean silences(Finding finding) {
        return finding.rule().equals(rule) && finding.file().equals(file) && scope.test(finding);
    }
}
