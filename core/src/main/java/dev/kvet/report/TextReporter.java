package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.location.SourceText;
import dev.kvet.location.Span;
import dev.kvet.run.Report;
import dev.kvet.run.Summary;
import java.io.PrintWriter;

/**
 * The report for people, in the manner of rustc and eslint: {@code path:line:column: severity rule message},
 * the source line with the offending range underlined, the hint, and a closing summary.
 */
public final class TextReporter implements Reporter {

    private static final int FINDINGS_BETWEEN_CHECKS = 64;

    private final boolean color;
    private final boolean quiet;

    /** A reporter; {@code color} adds ANSI colours, {@code quiet} prints one line per finding and nothing else. */
    public TextReporter(boolean color, boolean quiet) {
        this.color = color;
        this.quiet = quiet;
    }

    @Override
    public void write(Report report, PrintWriter out) {
        // Each finding goes out as one print, not a println per line: standard output flushes at every println,
        // and a large run has tens of thousands of lines. Whether the output is closed (kvet check | head) is
        // asked every so many findings, as asking flushes too.
        StringBuilder block = new StringBuilder();
        int written = 0;
        for (Finding finding : report.findings()) {
            block.setLength(0);
            line(block, headline(finding));
            if (!quiet) {
                snippet(report.texts().get(finding.file()), finding.span(), finding.severity(), block);
                if (finding.hint() != null) {
                    line(block, "      " + paint("= hint: ", "36") + finding.hint());
                }
                if (finding.fix() != null) {
                    line(block, "      " + paint("= fix: ", "32") + finding.fix().description() + " (kvet check --fix)");
                }
            }
            out.print(block);
            if (++written % FINDINGS_BETWEEN_CHECKS == 0 && out.checkError()) {
                return;
            }
        }
        if (!quiet) {
            if (!report.findings().isEmpty()) {
                out.println();
            }
            out.println(summaryLine(report.summary()));
        }
    }

    private static void line(StringBuilder block, String line) {
        block.append(line).append(System.lineSeparator());
    }

    private String headline(Finding finding) {
        Span span = finding.span();
        String place = finding.file() + ":" + span.line() + ":" + span.column() + ":";
        String object = finding.object() == null ? "" : " [" + finding.object().display() + "]";
        return paint(place, "1") + " " + paint(finding.severity().label(), severityColor(finding.severity())) + " "
                + paint(finding.rule(), "2") + " " + finding.message() + object;
    }

    private void snippet(SourceText text, Span span, Severity severity, StringBuilder out) {
        if (text == null || span.line() > text.lineCount()) {
            return;
        }
        String line = text.line(span.line()).replace('\t', ' ');
        String number = rightAligned(span.line(), 5);
        line(out, paint(number + " | ", "34") + line);
        int width = line.codePointCount(0, line.length());
        int start = Math.min(span.column(), width + 1);
        int end = span.endLine() == span.line() ? Math.min(span.endColumn(), width + 1) : width + 1;
        int length = Math.max(1, end - start);
        line(out, paint("      | ", "34") + " ".repeat(start - 1) + paint("^".repeat(length), severityColor(severity)));
    }

    // What String.format("%5d") gives, without parsing a format for every finding of a large run.
    private static String rightAligned(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : " ".repeat(width - digits.length()) + digits;
    }

    private String summaryLine(Summary summary) {
        String line = plural(summary.files(), "file") + ", " + plural(summary.objects(), "object") + ", "
                + plural(summary.errors(), "error") + ", " + plural(summary.warnings(), "warning") + ", "
                + plural(summary.infos(), "info");
        if (summary.errors() > 0) {
            return paint(line, "1;31");
        }
        return summary.warnings() > 0 ? paint(line, "1;33") : paint(line, "1;32");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }

    private static String severityColor(Severity severity) {
        return switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;36";
        };
    }

    private String paint(String text, String code) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
