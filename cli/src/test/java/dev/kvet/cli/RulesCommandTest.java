package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kvet(String... args) {
        CommandLine commandLine = Kvet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void listsEveryEngineRulesInJson() {
        assertEquals(0, kvet("rules", "-o", "json"));
        JsonNode rules = JsonMapper.builder().build().readTree(out.toString());
        java.util.Set<String> ids = new java.util.HashSet<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));
        for (String expected : new String[] {"yaml/duplicate-key", "schema/unknown-field", "security/privileged"}) {
            assertTrue(ids.contains(expected), expected + " missing from " + ids);
        }
    }

    @Test
    void explainShowsTheRuleWithAFailingAndAPassingExample() {
        assertEquals(0, kvet("rules", "explain", "security/privileged"));
        String text = out.toString();
        assertTrue(text.startsWith("security/privileged: "), text);
        assertTrue(text.contains("Fires on:") && text.contains("Passes:"), text);
        assertTrue(text.contains("privileged: true"), text);
    }

    @Test
    void explainOfAnUnknownRuleSuggestsTheNearestAndExitsTwo() {
        assertEquals(2, kvet("rules", "explain", "security/privilegd"));
        assertTrue(err.toString().contains("security/privileged"), err.toString());
    }

    @Test
    void engineRulesWithoutAFolderAreExplainedFromTheirDescription() {
        assertEquals(0, kvet("rules", "explain", "yaml/duplicate-key"));
        assertTrue(out.toString().contains("Kubernetes silently keeps the last value"), out.toString());
    }
}
