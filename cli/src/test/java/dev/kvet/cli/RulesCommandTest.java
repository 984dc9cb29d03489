package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTest {

    private final CliDriver cli = new CliDriver();

    private int kvet(String... args) {
        return cli.run(args);
    }

    @Test
    void listsEveryEngineRulesInJson() {
        assertEquals(0, kvet("rules", "-o", "json"));
        JsonNode rules = JsonMapper.builder().build().readTree(cli.out());
        java.util.Set<String> ids = new java.util.HashSet<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));
        for (String expected : new String[] {"yaml/duplicate-key", "schema/unknown-field", "security/privileged"}) {
            assertTrue(ids.contains(expected), expected + " missing from " + ids);
        }
    }

    @Test
    void explainShowsTheRuleWithAFailingAndAPassingExample() {
        assertEquals(0, kvet("rules", "explain", "security/privileged"));
        String text = cli.out();
        assertTrue(text.startsWith("security/privileged: "), text);
        assertTrue(text.contains("Fires on:") && text.contains("Passes:"), text);
        assertTrue(text.contains("privileged: true"), text);
    }

    @Test
    void explainOfAnUnknownRuleSuggestsTheNearestAndExitsTwo() {
        assertEquals(2, kvet("rules", "explain", "security/privilegd"));
        assertTrue(cli.err().contains("security/privileged"), cli.err());
    }

    @Test
    void engineRulesWithoutAFolderAreExplainedFromTheirDescription() {
        assertEquals(0, kvet("rules", "explain", "yaml/duplicate-key"));
        assertTrue(cli.out().contains("Kubernetes silently keeps the last value"), cli.out());
    }
}
