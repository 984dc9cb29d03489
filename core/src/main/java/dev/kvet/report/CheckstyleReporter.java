package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.run.CheckedFile;
import dev.kvet.run.Report;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML (format 4.3), which many tools read: Jenkins Warnings NG, reviewdog, SonarQube importers.
 * Every file is listed, with one {@code <error>} per finding and an {@code <exception>} when it cannot be read.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public void write(Report report, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        Map<String, List<Finding>> byFile = report.findingsByFile();
        for (CheckedFile file : report.files()) {
            out.println("  <file name=\"" + Xml.attribute(file.name()) + "\">");
            if (file.ioError() != null) {
                out.println("    <exception>" + Xml.text(file.ioError()) + "</exception>");
            }
            for (Finding finding : byFile.get(file.name())) {
                String message = finding.hint() == null ? finding.message()
                        : finding.message() + " Hint: " + finding.hint();
                out.println("    <error line=\"" + finding.span().line() + "\" column=\"" + finding.span().column()
                        + "\" severity=\"" + finding.severity().label() + "\" message=\"" + Xml.attribute(message)
                        + "\" source=\"" + Xml.attribute(finding.rule()) + "\"/>");
            }
            out.println("  </file>");
        }
        out.println("</checkstyle>");
    }
}
