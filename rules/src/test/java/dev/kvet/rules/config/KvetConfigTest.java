package dev.kvet.rules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvetConfigTest {

    @TempDir
    Path dir;

    @Test
    void isFoundInTheWorkingDirectoryOrAbove() throws IOException, CheckSetupException {
        Files.writeString(dir.resolve(".kvet.yaml"), """
                kubernetesVersion: 1.30
                failOn: warning
                assumePresent: [Secret/db]
                rules:
                  security/privileged: info
                  reliability/latest-tag: off
                """);
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        KvetConfig config = KvetConfig.load(RunOptions.defaults(nested));
        assertEquals("1.30", config.kubernetesVersion());
        assertEquals(Severity.WARNING, config.failOnSetting().orElseThrow());
        assertEquals(List.of("Secret/db"), config.assumePresent());
        assertEquals(new RuleSetting(true, Severity.INFO, Map.of(), 5), config.rules().get("security/privileged"));
        assertEquals(false, config.rules().get("reliability/latest-tag").enabled());
    }

    @Test
    void withoutAFileEveryRuleKeepsItsDefaults() throws CheckSetupException {
        Path empty = dir.resolve("nothing-here");
        assertEquals(KvetConfig.none().rules(), KvetConfig.load(RunOptions.defaults(empty)).rules());
    }

    @Test
    void anExplicitFileMustExist() {
        RunOptions options = new RunOptions(null, dir.resolve("missing.yaml"), dir, List.of(), List.of(), List.of());
        CheckSetupException e = assertThrows(CheckSetupException.class, () -> KvetConfig.load(options));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void customRulePathsAreRelativeToTheFile() throws IOException, CheckSetupException {
        Files.writeString(dir.resolve(".kvet.yaml"), "customRules: [policies, ../shared/no-lb.yaml]\n");
        KvetConfig config = KvetConfig.load(RunOptions.defaults(dir));
        assertEquals(List.of(dir.resolve("policies"), dir.getParent().resolve("shared/no-lb.yaml")),
                config.customRulePaths());
        assertRefused("customRules: policies\n", ".kvet.yaml:1:14: customRules must be a list");
    }

    @Test
    void errorsNameTheLineAndColumn() throws IOException {
        assertRefused("failOn: warning\nrules:\n  security/privileged:\n    severty: info\n",
                ".kvet.yaml:4:5: unknown key 'rules.security/privileged.severty'");
        assertRefused("failOn: fatal\n", ".kvet.yaml:1:9: failOn: unknown severity 'fatal'");
        assertRefused("assumePresent: [db]\n", "assumePresent entries are Kind/name");
        assertRefused("categories: {security: maybe}\n", "categories.security must be true or false");
        assertRefused("excludes:\n  - rules: [security]\n", "needs 'paths'");
        assertRefused("rules: [a]\n", "rules must be a map");
    }

    private void assertRefused(String text, String message) throws IOException {
        Files.writeString(dir.resolve(".kvet.yaml"), text);
        CheckSetupException e = assertThrows(CheckSetupException.class, () -> KvetConfig.load(RunOptions.defaults(dir)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
