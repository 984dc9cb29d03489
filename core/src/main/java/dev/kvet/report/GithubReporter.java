package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.location.Span;
import dev.kvet.run.Report;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which GitHub shows as annotations
 * on the pull request's changed lines.
 */
public final class GithubReporter implements Reporter {

    private final Path base;

    /** A reporter naming files relative to {@code base}, the workspace the job checked out. */
    public GithubReporter(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, PrintWriter out) {
        for (Finding finding : report.findings()) {
            out.println(command(finding));
        }
        for (String error : report.ioErrors()) {
            out.println("::error title=kvet::" + data(error));
        }
    }

    private String command(Finding finding) {
        Span span = finding.span();
        String level = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        String message = finding.hint() == null ? finding.message() : finding.message() + "\nhint: " + finding.hint();
        return "::" + level
                + " file=" + property(ReportedPath.of(finding.file(), base).path())
                + ",line=" + span.line() + ",col=" + span.column()
                + ",endLine=" + span.endLine() + ",endColumn=" + span.endColumn()
                + ",title=" + property(finding.rule())
                + "::" + data(message);
    }

    /** Escapes a command's message the way the Actions runner unescapes it. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, which also may not contain the separators {@code :} and {@code ,}. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
