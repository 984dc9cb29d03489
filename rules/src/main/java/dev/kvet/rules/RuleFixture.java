package dev.kvet.rules;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.config.RuleSetting;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;
import dev.kvet.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one fixture of a rule through the real engine with the rule turned on and its default parameters. In a
 * {@code fail*} fixture every line ending in {@code # expect: rule-id} must get exactly one finding of the rule,
 * and at least one line must; in a {@code pass*} fixture no line may expect or get one.
 */
public final class RuleFixture {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([^#]+)$");

    private RuleFixture() {
    }

    /**
     * What running a fixture gave.
     *
     * @param rule     the rule's id
     * @param fixture  the fixture file
     * @param expected the lines that expect a finding of the rule, in order
     * @param found    the rule's findings in the fixture, in reading order
     */
    public record Outcome(String rule, Path fixture, List<Integer> expected, List<Finding> found) {

        /** What is wrong, one line each; empty when the fixture passes. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            boolean failing = fixture.getFileName().toString().startsWith("fail");
            if (failing && expected.isEmpty()) {
                problems.add("no line ends in # expect: " + rule);
            }
            if (!failing && !expected.isEmpty()) {
                problems.add("a passing fixture, yet lines " + expected + " expect " + rule);
            }
            List<Integer> unmatched = new ArrayList<>(expected);
            for (Finding finding : found) {
                if (!unmatched.remove(Integer.valueOf(finding.span().line()))) {
                    problems.add("line " + finding.span().line() + ": unexpected finding: " + finding.message());
                }
            }
            unmatched.forEach(line -> problems.add("line " + line + ": expected a finding of " + rule + ", got none"));
            return problems;
        }
    }

    /**
     * Runs a fixture of a built-in or custom rule.
     *
     * @param custom the custom rules, which {@code rule} may be one of
     * @throws CheckSetupException when the engine cannot be set up with the rules
     * @throws IOException         when the fixture cannot be read
     */
    public static Outcome run(String rule, CustomRules custom, Path fixture) throws CheckSetupException, IOException {
        KvetConfig config = new KvetConfig(null, null, null, List.of(),
                Map.of(rule, new RuleSetting(true, null, Map.of(), 1)), Map.of(), List.of(), List.of());
        RunOptions options = RunOptions.defaults(Path.of("").toAbsolutePath());
        RuleCheck check = RuleCheckFactory.create(Catalogue.builtIn(), custom, config, options, CheckRun.allRules());
        List<Finding> found = CheckRun.of(List.of(check))
                .execute(List.of(new Source(fixture.toString(), fixture)), done -> { })
                .findings().stream()
                .filter(finding -> finding.rule().equals(rule))
                .toList();
        return new Outcome(rule, fixture, expectedLines(Files.readAllLines(fixture), rule), found);
    }

    private static List<Integer> expectedLines(List<String> lines, String rule) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = EXPECT.matcher(lines.get(i));
            if (matcher.find() && Stream.of(matcher.group(1).split(",")).map(String::strip).anyMatch(rule::equals)) {
                expected.add(i + 1);
            }
        }
        return expected;
    }
}
