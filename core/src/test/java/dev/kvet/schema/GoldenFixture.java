package dev.kvet.schema;

import dev.kvet.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture whose expectations are written as comments on the line that must fire, Error Prone style:
 * {@code metadate:  # expect: schema/unknown-field col=1 hint~"metadata"}; several {@code expect:} may share a
 * line. Lines without one must stay clean. A {@code # kubernetes-version: 1.30} line sets the target version.
 */
record GoldenFixture(String kubernetesVersion, List<Expectation> expectations) {

    private static final Pattern EXPECT = Pattern.compile(
            "expect:\\s*(\\S+)((?:\\s+(?:col=\\d+|hint~\"[^\"]*\"|message~\"[^\"]*\"))*)");
    private static final Pattern OPTION = Pattern.compile("(col)=(\\d+)|(hint|message)~\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("#\\s*kubernetes-version:\\s*(\\S+)");

    /**
     * One finding that must be reported.
     *
     * @param line    the 1-based line
     * @param rule    the rule id
     * @param column  the expected column, or null for any
     * @param hint    text the hint must contain, or null
     * @param message text the message must contain, or null
     */
    record Expectation(int line, String rule, Integer column, String hint, String message) {

        boolean matches(Finding finding) {
            return finding.span().line() == line && finding.rule().equals(rule)
                    && (column == null || finding.span().column() == column)
                    && (hint == null || (finding.hint() != null && finding.hint().contains(hint)))
                    && (message == null || finding.message().contains(message));
        }
    }

    /** Reads the expectations of a fixture's text. */
    static GoldenFixture parse(String text) {
        String version = null;
        List<Expectation> expectations = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher versionLine = VERSION.matcher(lines[i]);
            if (versionLine.find()) {
                version = versionLine.group(1);
            }
            Matcher expect = EXPECT.matcher(lines[i]);
            while (expect.find()) {
                Integer column = null;
                String hint = null;
                String message = null;
                Matcher option = OPTION.matcher(expect.group(2));
                while (option.find()) {
                    if (option.group(1) != null) {
                        column = Integer.parseInt(option.group(2));
                    } else if (option.group(3).equals("hint")) {
                        hint = option.group(4);
                    } else {
                        message = option.group(4);
                    }
                }
                expectations.add(new Expectation(i + 1, expect.group(1), column, hint, message));
            }
        }
        return new GoldenFixture(version, expectations);
    }
}
