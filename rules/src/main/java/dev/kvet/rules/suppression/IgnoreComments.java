package dev.kvet.rules.suppression;

import dev.kvet.finding.Finding;
import dev.kvet.location.SourceText;
import dev.kvet.location.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code # kvet:ignore rule-a,rule-b [reason]} comments: at the end of a line they silence that line;
 * alone on a line, the line below.
 */
final class IgnoreComments {

    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)(#\\s*kvet:ignore)(?:\\s+(\\S+))?");

    private IgnoreComments() {
    }

    static void collect(SourceText text, List<Suppression> into) {
        if (!text.text().contains("kvet:ignore")) {
            return;
        }
        for (int line = 1; line <= text.lineCount(); line++) {
            String content = text.line(line);
            Matcher matcher = COMMENT.matcher(content);
            if (!matcher.find()) {
                continue;
            }
            int column = content.codePointCount(0, matcher.start(1)) + 1;
            Span span = new Span(line, column, line, content.codePointCount(0, content.length()) + 1);
            boolean alone = content.substring(0, matcher.start(1)).isBlank();
            int target = alone ? line + 1 : line;
            // A comment that names no rule is kept under the empty name, so that it is reported.
            String rules = matcher.group(2) == null ? "" : matcher.group(2);
            for (String rule : rules.isEmpty() ? new String[] {""} : rules.split(",")) {
                into.add(new Suppression(rule.strip(), text.name(), span, null, null, null,
                        (Finding finding) -> finding.span().line() == target, "# kvet:ignore"));
            }
        }
    }
}
