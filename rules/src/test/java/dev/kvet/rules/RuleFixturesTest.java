package dev.kvet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.check.CheckSetupException;
import dev.kvet.rules.custom.CustomRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture of every rule through the real engine, with the rule turned on. A line ending in
 * {@code # expect: rule-id} must get exactly one finding of that rule; no other line may get one.
 */
class RuleFixturesTest {

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
        assertEquals(List.of(), RuleFixture.run(rule, CustomRules.none(), path).problems());
    }
}
