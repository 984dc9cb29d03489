package dev.kvet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.custom.CustomRule;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The custom rule set of {@code src/test/resources/custom-rules} end to end: its fixtures, a failing and a
 * passing manifest, and the configuration and suppressions that apply to custom rules as to built-in ones.
 */
class CustomRuleEngineTest {

    private static final Path SET = Path.of("src/test/resources/custom-rules");

    @TempDir
    Path dir;

    static Stream<Arguments> fixtures() throws CheckSetupException {
        List<Arguments> fixtures = new ArrayList<>();
        for (CustomRule rule : customRules().rules()) {
            rule.definition().fixtures().forEach(fixture -> fixtures.add(Arguments.of(rule.id(), fixture)));
        }
        return fixtures.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void fixtureGetsExactlyTheExpectedFindings(String rule, String fixture) throws IOException, CheckSetupException {
        CustomRules rules = customRules();
        Path file = rules.find(rule).orElseThrow().file().resolveSibling(fixture);
        assertEquals(List.of(), RuleFixture.run(rule, rules, file).problems());
    }

    @Test
    void aFailingManifestGetsTheGoldenFindingsAndAPassingOneNone() throws IOException, CheckSetupException {
        assertEquals(Files.readAllLines(SET.resolve("manifests/app.expected")),
                custom(run(SET.resolve(".kvet.yaml"), SET.resolve("manifests/app.yaml"))));
        assertEquals(List.of(), custom(run(SET.resolve(".kvet.yaml"), SET.resolve("manifests/clean.yaml"))));
    }

    @Test
    void theRunListsCustomRulesForReporters() throws CheckSetupException {
        RunOptions options = new RunOptions(null, SET.resolve(".kvet.yaml"), SET, List.of(), List.of(), List.of());
        List<String> ids = CheckRun.prepare(options).rules().stream().map(RuleInfo::id).toList();
        assertEquals(List.of("acme/no-load-balancer", "acme/required-labels", "acme/trusted-registry"),
                ids.stream().filter(id -> id.startsWith("acme/")).toList());
    }

    @Test
    void configurationTurnsCustomRulesOffAndSetsTheirSeverity() throws IOException, CheckSetupException {
        String manifest = Files.readString(SET.resolve("manifests/app.yaml"));
        assertEquals(List.of(), custom(runWith("categories: {acme: false}", manifest)));
        assertEquals(List.of("23:3 info acme/no-load-balancer Service 'shop' is of type LoadBalancer"),
                custom(runWith("categories: {acme: false}\nrules: {acme/no-load-balancer: info}", manifest)));
    }

    @Test
    void suppressionsSilenceCustomRules() throws IOException, CheckSetupException {
        String manifest = Files.readString(SET.resolve("manifests/app.yaml"))
                .replace("  name: shop\n  labels:",
                        "  name: shop\n  annotations:\n    kvet.io/ignore: acme/required-labels\n  labels:")
                .replace("type: LoadBalancer", "type: LoadBalancer # kvet:ignore acme/no-load-balancer");
        assertEquals(List.of("18:11 error acme/trusted-registry container 'shop' uses image "
                + "'docker.io/library/nginx:1.27.2', which does not match ^registry\\.internal/"),
                custom(runWith("", manifest)));
    }

    @Test
    void aParameterThatBreaksTheConditionIsASetupError() throws IOException {
        CheckSetupException e = assertThrows(CheckSetupException.class, () -> runWith(
                "rules: {acme/trusted-registry: {parameters: {allowed: '^[('}}}", "{}"));
        assertTrue(e.getMessage().startsWith(dir.resolve(".kvet.yaml") + ": the parameters of acme/trusted-registry "
                + "break its condition: "), e.getMessage());
    }

    /** The findings of custom rules as {@code line:column severity rule message}. */
    private static List<String> custom(Report report) {
        return report.findings().stream().filter(finding -> finding.rule().startsWith("acme/"))
                .map(CustomRuleEngineTest::line).toList();
    }

    private static String line(Finding finding) {
        return finding.span().line() + ":" + finding.span().column() + " " + finding.severity().label() + " "
                + finding.rule() + " " + finding.message();
    }

    /** A run of the set's rules under a configuration of this text (plus customRules) over a manifest. */
    private Report runWith(String config, String manifest) throws IOException, CheckSetupException {
        Path configFile = dir.resolve(".kvet.yaml");
        Files.writeString(configFile, "customRules: [" + SET.resolve("policies").toAbsolutePath() + "]\n" + config
                + "\n");
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, manifest);
        return run(configFile, file);
    }

    private static Report run(Path config, Path manifest) throws CheckSetupException {
        RunOptions options = new RunOptions(null, config, config.toAbsolutePath().getParent(), List.of(), List.of(),
                List.of());
        return CheckRun.prepare(options).execute(List.of(new Source(manifest.toString(), manifest)), done -> { });
    }

    private static CustomRules customRules() throws CheckSetupException {
        RunOptions options = new RunOptions(null, SET.resolve(".kvet.yaml"), SET, List.of(), List.of(), List.of());
        return CustomRules.load(KvetConfig.load(options), CheckRun.allRules());
    }
}
