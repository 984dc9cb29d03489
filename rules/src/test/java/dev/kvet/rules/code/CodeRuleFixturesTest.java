package dev.kvet.rules.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code rule fires on the expected lines of its fail fixtures and stays silent on its pass fixtures. */
class CodeRuleFixturesTest {

    static List<Path> codeRules() throws IOException {
        return RuleFixtures.codeRuleFolders();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeRules")
    void firesOnFailFixturesAtTheExpectedLinesOnly(Path folder) throws Exception {
        RuleFixtures.Rule rule = RuleFixtures.load(folder);
        assertEquals(RuleFixtures.CATALOGUE.relativize(folder).toString().replace('\\', '/'), rule.id(),
                "the id must be <category>/<folder>");
        List<Path> failing = RuleFixtures.fixtures(folder, "fail");
        assertFalse(failing.isEmpty(), rule.id() + " has no fail*.yaml fixture");
        for (Path fixture : failing) {
            Set<Integer> expected = RuleFixtures.expectedLines(fixture, rule.id());
            assertFalse(expected.isEmpty(), fixture + " has no '# expect: " + rule.id() + "' line");
            List<Finding> findings = RuleFixtures.run(rule, fixture);
            assertEquals(expected, lines(findings), fixture + ": " + describe(findings));
            findings.forEach(finding -> assertReadable(finding, fixture));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeRules")
    void staysSilentOnPassFixtures(Path folder) throws Exception {
        RuleFixtures.Rule rule = RuleFixtures.load(folder);
        List<Path> passing = RuleFixtures.fixtures(folder, "pass");
        assertFalse(passing.isEmpty(), rule.id() + " has no pass*.yaml fixture");
        for (Path fixture : passing) {
            List<Finding> findings = RuleFixtures.run(rule, fixture);
            assertTrue(findings.isEmpty(), fixture + ": " + describe(findings));
        }
    }

    private static void assertReadable(Finding finding, Path fixture) {
        assertFalse(finding.message().isBlank(), fixture + ": empty message");
        assertNotNull(finding.hint(), fixture + ": no hint for '" + finding.message() + "'");
    }

    private static Set<Integer> lines(List<Finding> findings) {
        return findings.stream().map(finding -> finding.span().line()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.span().line() + ":" + f.span().column() + " " + f.message())
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
