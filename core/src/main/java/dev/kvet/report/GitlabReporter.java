package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.run.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab's Code Quality report ({@code artifacts: reports: codequality}), which GitLab shows in the merge request's
 * widget and beside the changed lines, comparing it with the target branch's report by fingerprint.
 *
 * <p>A JSON array with one object per finding, holding exactly the fields GitLab documents (it ignores the rest
 * of the Code Climate format): {@code description} (the message), {@code check_name} (the rule id),
 * {@code fingerprint} (see {@link FindingFingerprints}: unique in the report, unchanged when lines move),
 * {@code severity}, {@code location.path} (relative to the repository root, with {@code /}) and
 * {@code location.lines.begin}. The hint is left out: Code Climate's {@code content.body} would hold it, but GitLab
 * does not show it. Files that cannot be read have no place in the format; the exit code and standard error tell
 * of them.
 *
 * <p>Severities: {@code error} is {@code critical}, {@code warning} is {@code minor}, {@code info} is
 * {@code info}. GitLab merges the reports of every tool in a pipeline and sorts them blocker, critical, major,
 * minor, info; a kvet error is a manifest the API server rejects or a workload that breaks, which belongs above
 * the {@code major} that linters give to their errors (ESLint's GitLab output, for one), and {@code blocker} is
 * left to the pipeline's own gate ({@code --fail-on}), which decides what blocks a merge.
 */
public final class GitlabReporter implements Reporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path workingDirectory;
    private final Path root;

    /**
     * A reporter naming files relative to the repository root.
     *
     * @param workingDirectory the folder relative file names start from
     * @param root             the repository root ({@code CI_PROJECT_DIR} in a GitLab job)
     */
    public GitlabReporter(Path workingDirectory, Path root) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, PrintWriter out) {
        ArrayNode entries = NODES.arrayNode();
        FindingFingerprints fingerprints = new FindingFingerprints(report.texts());
        for (Finding finding : report.findings()) {
            entries.add(entry(finding, fingerprints.next(finding)));
        }
        out.println(MAPPER.writeValueAsString(entries));
    }

    private ObjectNode entry(Finding finding, String fingerprint) {
        ObjectNode entry = NODES.objectNode();
        entry.put("description", finding.message());
        entry.put("check_name", finding.rule());
        entry.put("fingerprint", fingerprint);
        entry.put("severity", severity(finding.severity()));
        ObjectNode location = entry.putObject("location");
        location.put("path", ReportedPath.of(finding.file(), workingDirectory, root).path());
        location.putObject("lines").put("begin", finding.span().line());
        return entry;
    }

    /** GitLab's name for a severity; see the class comment for why an error is critical. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
