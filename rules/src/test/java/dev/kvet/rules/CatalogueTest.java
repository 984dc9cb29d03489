package dev.kvet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.declarative.DeclarativeRule;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule folder is complete and valid, and the catalogue on the class path holds exactly those folders. */
class CatalogueTest {

    static Stream<Path> folders() {
        return RuleFolders.all().stream();
    }

    @Test
    void catalogueHoldsEveryRuleFolder() {
        List<String> folders = RuleFolders.all().stream().map(RuleFolders::id).toList();
        List<String> loaded = Catalogue.builtIn().rules().stream().map(RuleDefinition::id).toList();
        assertEquals(folders, loaded);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void folderHasARuleAFailingAndAPassingFixtureAndNothingElse(Path folder) {
        List<String> files = RuleFolders.files(folder);
        assertTrue(files.contains("rule.yaml"), folder + " has no rule.yaml");
        assertTrue(files.stream().anyMatch(name -> name.startsWith("fail")), folder + " has no fail*.yaml fixture");
        assertTrue(files.stream().anyMatch(name -> name.startsWith("pass")), folder + " has no pass*.yaml fixture");
        for (String file : files) {
            assertTrue(file.equals("rule.yaml") || file.matches("(fail|pass)[a-z0-9-]*\\.yaml"),
                    folder + " holds " + file + "; a rule folder holds rule.yaml, fail*.yaml and pass*.yaml only");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void ruleCompilesWithItsDefaults(Path folder) {
        RuleDefinition rule = Catalogue.builtIn().find(RuleFolders.id(folder)).orElseThrow();
        assertFalse(rule.title().endsWith("."), rule.id() + ": a title is one line without a full stop");
        if (rule.isDeclarative()) {
            DeclarativeRule.compile(rule, rule.severity(), rule.parameters());
        } else {
            RuleCheckFactory.instantiate(rule);
        }
    }
}
