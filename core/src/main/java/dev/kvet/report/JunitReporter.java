package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.run.CheckedFile;
import dev.kvet.run.CheckedFile.CheckedObject;
import dev.kvet.run.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JUnit XML as Jenkins and GitLab render it: a test suite per file, a test case per object (passing when it
 * has no finding), a failure per finding. Findings that belong to no object (a YAML syntax error) fill one
 * extra test case named after the file, so nothing is lost.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(Report report, PrintWriter out) {
        Map<String, List<Finding>> byFile = report.findingsByFile();
        List<Suite> suites = new ArrayList<>();
        for (CheckedFile file : report.files()) {
            suites.add(suite(file, byFile.get(file.name())));
        }
        int tests = suites.stream().mapToInt(Suite::tests).sum();
        int failures = suites.stream().mapToInt(Suite::failures).sum();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"kvet\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + report.ioErrors().size() + "\">");
        for (Suite suite : suites) {
            out.println("  <testsuite name=\"" + Xml.attribute(suite.file) + "\" tests=\"" + suite.tests()
                    + "\" failures=\"" + suite.failures() + "\" errors=\"" + suite.errors() + "\" skipped=\"0\" file=\""
                    + Xml.attribute(suite.file) + "\">");
            if (suite.ioError != null) {
                out.println("    <testcase name=\"" + Xml.attribute(suite.file) + "\" classname=\""
                        + Xml.attribute(suite.file) + "\">");
                out.println("      <error type=\"io\" message=\"" + Xml.attribute(suite.ioError) + "\"/>");
                out.println("    </testcase>");
            }
            suite.cases.forEach((name, findings) -> testCase(suite.file, name, findings, out));
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
    }

    private static Suite suite(CheckedFile file, List<Finding> findings) {
        Suite suite = new Suite(file.name(), file.ioError());
        for (CheckedObject object : file.objects()) {
            suite.cases.putIfAbsent(caseName(object), new ArrayList<>());
        }
        for (Finding finding : findings) {
            String name = owner(file, finding).map(JunitReporter::caseName).orElse(file.name());
            suite.cases.computeIfAbsent(name, key -> new ArrayList<>()).add(finding);
        }
        if (file.objects().isEmpty() && file.ioError() == null) {
            suite.cases.putIfAbsent(file.name(), new ArrayList<>());
        }
        return suite;
    }

    /** The object a finding is about: the one whose place inside the document encloses the finding's pointer. */
    private static Optional<CheckedObject> owner(CheckedFile file, Finding finding) {
        return file.objects().stream()
                .filter(object -> object.contains(finding.document(), finding.pointer()))
                .max(Comparator.comparingInt(object -> object.base().length()));
    }

    private static String caseName(CheckedObject object) {
        String place = object.base().isEmpty() ? "" : ", " + object.base();
        return object.ref().display() + " (document " + (object.document() + 1) + place + ")";
    }

    private static void testCase(String file, String name, List<Finding> findings, PrintWriter out) {
        String open = "    <testcase name=\"" + Xml.attribute(name) + "\" classname=\"" + Xml.attribute(file) + "\"";
        if (findings.isEmpty()) {
            out.println(open + "/>");
            return;
        }
        out.println(open + ">");
        for (Finding finding : findings) {
            String headline = finding.file() + ":" + finding.span().line() + ":" + finding.span().column() + ": "
                    + finding.severity().label() + " " + finding.rule() + " " + finding.message();
            String body = finding.hint() == null ? headline : headline + "\nhint: " + finding.hint();
            out.println("      <failure type=\"" + Xml.attribute(finding.rule()) + "\" message=\""
                    + Xml.attribute(finding.message()) + "\">" + Xml.text(body) + "</failure>");
        }
        out.println("    </testcase>");
    }

    /** The test cases of one file, by name, in reading order. */
    private static final class Suite {
        private final String file;
        private final String ioError;
        private final Map<String, List<Finding>> cases = new LinkedHashMap<>();

        private Suite(String file, String ioError) {
            this.file = file;
            this.ioError = ioError;
        }

        private int tests() {
            return cases.size() + errors();
        }

        private int errors() {
            return ioError == null ? 0 : 1;
        }

        private int failures() {
            return (int) cases.values().stream().filter(findings -> !findings.isEmpty()).count();
        }
    }
}
