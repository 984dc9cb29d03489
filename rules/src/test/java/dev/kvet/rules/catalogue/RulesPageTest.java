package dev.kvet.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code rules/RULES.md} generated from the rule files: when it is stale, the test rewrites it and fails,
 * so a second run (and the commit of the new page) makes it pass.
 */
class RulesPageTest {

    private static final Path PAGE = Path.of("RULES.md");

    @Test
    void committedPageMatchesTheRuleFiles() throws IOException {
        String expected = RulesPage.render(Catalogue.builtIn());
        String actual = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "rules/RULES.md was stale and has been regenerated; commit it");
    }
}
