package dev.kvet.schema;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture whose expectations are written as comments on the line that must fire, Error Prone style:
 * {@code metadate:  # expect: schema/unknown-field col=1 hint~"metadata" fix~"metadata"}; {@code fix=none} says the
 * finding must offer no fix; several {@code expect:} may share a line. Lines without one must stay clean. A {@code # kubernetes-version: 1.30} line sets the target version.
 */
record GoldenFixture(String kubernetesVersion, List<Expectation> expectations) {

    private static final Pattern EXPECT = Pattern.compile(
            "expect:\\s*(\\S+)((?:\\s+(?:col=\\d+|fix=none|(?:hint|message|fix)~\"[^\"]*\"))*)");
    private static final Pattern OPTION = Pattern.compile("(col)=(\\d+)|(hint|message|fix)~\"([^\"]*)\"|(fix=none)");
    /** What {@code fix=none} expects of a fix's replacements. */
    private static final String NO_FIX = "\u0000none";
    private static final Pattern VERSION = Pattern.compile("#\\s*kubernetes-version:\\s*(\\S+)");

    /**
     * One finding that must be reported.
     *
     * @param line    the 1-based line
     * @param rule    the rule id
     * @param column  the expected column, or null for any
     * @param hint    text the hint must contain, or null
     * @param message text the message must contain, or null
     * @param fix     text the fix's replacements must contain, {@link #NO_FIX} for no fix, or null for either
     */
    record Expectation(int line, String rule, Integer column, String hint, String message, String fix) {

        boolean matches(Finding finding) {
            return finding.span().line() == line && finding.rule().equals(rule)
                    && (column == null || finding.span().column() == column)
                    && (hint == null || (finding.hint() != null && finding.hint().contains(hint)))
                    && (message == null || finding.message().contains(message))
                    && (fix == null || fixMatches(finding.fix()));
        }

        private boolean fixMatches(Fix offered) {
            if (fix.equals(NO_FIX)) {
                return offered == null;
            }
            return offered != null && offered.edits().stream().anyMatch(edit -> edit.replacement().contains(fix));
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
                String fix = null;
                Matcher option = OPTION.matcher(expect.group(2));
                while (option.find()) {
                    if (option.group(1) != null) {
                        column = Integer.parseInt(option.group(2));
                    } else if (option.group(5) != null) {
                        fix = NO_FIX;
                    } else if (option.group(3).equals("hint")) {
                        hint = option.group(4);
                    } else if (option.group(3).equals("fix")) {
                        fix = option.group(4);
                    } else {
                        message = option.group(4);
                    }
                }
                expectations.add(new Expectation(i + 1, expect.group(1), column, hint, message, fix));
            }
        }
        return new GoldenFixture(version, expectations);
    }
}
