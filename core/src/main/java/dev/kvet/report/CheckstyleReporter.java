package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.run.Report;
import java.io.PrintWriter;

/**
 * Checkstyle XML (format 4.3), which many tools read: Jenkins Warnings NG, reviewdog, SonarQube importers.
 * Every file read is listed, with one {@code <error>} per finding.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public void write(Report report, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        report.findingsByFile().forEach((file, findings) -> {
            out.println("  <file name=\"" + Xml.attribute(file) + "\">");
            for (Finding finding : findings) {
                String message = finding.hint() == null ? finding.message()
                        : finding.message() + " Hint: " + finding.hint();
                out.println("    <error line=\"" + finding.span().line() + "\" column=\"" + finding.span().column()
                        + "\" severity=\"" + finding.severity().label() + "\" message=\"" + Xml.attribute(message)
                        + "\" source=\"" + Xml.attribute(finding.rule()) + "\"/>");
            }
            out.println("  </file>");
        });
        out.println("</checkstyle>");
    }
}
