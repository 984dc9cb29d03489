package dev.kvet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.rules.config.RuleSetting;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture of every rule through the real engine, with the rule turned on. A line ending in
 * {@code # expect: rule-id} must get exactly one finding of that rule; no other line may get one.
 */
class RuleFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([^#]+)$");

    static Stream<Arguments> fixtures() {
        List<Arguments> fixtures = new ArrayList<>();
        for (Path folder : RuleFolders.all()) {
            for (String file : RuleFolders.files(folder)) {
                if (!file.equals("rule.yaml")) {
                    fixtures.add(Arguments.of(RuleFolders.id(folder), file));
                }
            }
        }
        return fixtures.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void fixtureGetsExactlyTheExpectedFindings(String rule, String file) throws IOException, CheckSetupException {
        Path path = RuleFolders.ROOT.resolve(rule).resolve(file);
        List<Integer> expected = expectedLines(Files.readAllLines(path), rule);
        if (file.startsWith("fail")) {
            assertFalse(expected.isEmpty(), file + " must mark at least one line with # expect: " + rule);
        } else {
            assertEquals(List.of(), expected, file + " is a passing fixture and may expect nothing of " + rule);
        }
        List<Integer> actual = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Finding finding : run(rule, path).findings()) {
            if (finding.rule().equals(rule)) {
                actual.add(finding.span().line());
                messages.add(finding.span().line() + ": " + finding.message());
            }
        }
        actual.sort(null);
        assertEquals(expected, actual, "lines with findings of " + rule + " in " + file + ": " + messages);
    }

    private static Report run(String rule, Path path) throws CheckSetupException {
        KvetConfig config = new KvetConfig(null, null, null, List.of(), Map.of(rule,
                new RuleSetting(true, null, Map.of(), 1)), Map.of(), List.of(), List.of());
        RunOptions options = RunOptions.defaults(Path.of("").toAbsolutePath());
        RuleCheck check = RuleCheckFactory.create(Catalogue.builtIn(), CustomRules.none(), config, options, CheckRun.allRules());
        return CheckRun.of(List.of(check)).execute(List.of(new Source(path.toString(), path)), done -> { });
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
