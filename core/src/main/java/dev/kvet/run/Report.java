package dev.kvet.run;

import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run found, ready for reporters.
 *
 * @param findings  all findings, by file in the order files were named, then in reading order
 * @param texts     the text of every file that has findings, by file name, for snippets
 * @param summary   the counts
 * @param ioErrors  files that could not be read, one line each; any of them makes the exit code 2
 * @param files     every file read, with its objects, in the order files were named
 * @param rules     every rule the run could report, custom rules included, for reporters that describe them
 */
public record Report(List<Finding> findings, Map<String, SourceText> texts, Summary summary, List<String> ioErrors,
                     List<CheckedFile> files, List<RuleInfo> rules) {

    public Report {
        findings = List.copyOf(findings);
        texts = Map.copyOf(texts);
        ioErrors = List.copyOf(ioErrors);
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    /** Every file read, in order, with its findings (an empty list for a clean file). */
    public Map<String, List<Finding>> findingsByFile() {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (CheckedFile file : files) {
            byFile.put(file.name(), new ArrayList<>());
        }
        for (Finding finding : findings) {
            byFile.computeIfAbsent(finding.file(), name -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }

    /** Whether any finding is at least as severe as the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().atLeast(threshold));
    }

    /** The exit code every front end uses: 2 for I/O errors, 1 for findings at the threshold, else 0. */
    public int exitCode(Severity failOn) {
        if (!ioErrors.isEmpty()) {
            return 2;
        }
        return hasFindingsAtLeast(failOn) ? 1 : 0;
    }
}
