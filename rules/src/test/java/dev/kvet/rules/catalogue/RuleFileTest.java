package dev.kvet.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    private static final String VALID = """
            id: security/example
            title: An example
            severity: warning
            enabled: false
            targets: [Container, apps/Deployment]
            containers: [app]
            description: Why.
            remediation: How.
            parameters: {limit: 2}
            condition: {required: [image]}
            message: "container '{name}'"
            at: /image
            """;

    @Test
    void readsEveryField() {
        RuleDefinition rule = RuleFile.parse("security/example", VALID, List.of("fail.yaml", "pass.yaml"));
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(false, rule.enabled());
        assertEquals(List.of(RuleTarget.parse("Container"), new RuleTarget(null, "apps", "Deployment")), rule.targets());
        assertEquals(JsonPointer.of("image"), rule.at());
        assertEquals(2, rule.parameters().get("limit").intValue());
        assertEquals(List.of("fail.yaml"), rule.failingFixtures());
        assertTrue(rule.isDeclarative());
    }

    @Test
    void refusesAnIdThatIsNotItsFolder() {
        assertRefused(VALID.replace("id: security/example", "id: security/other"), "must be the kebab-case");
    }

    @Test
    void refusesUnknownFields() {
        assertRefused(VALID + "severityy: error\n", "unknown field 'severityy'");
    }

    @Test
    void refusesBothOrNeitherConditionAndImplementation() {
        assertRefused(VALID + "implementation: a.B\n", "exactly one of");
        assertRefused(VALID.replace("condition: {required: [image]}\n", ""), "exactly one of");
    }

    @Test
    void refusesABadSeverityTargetOrContainerKind() {
        assertRefused(VALID.replace("severity: warning", "severity: fatal"), "unknown severity 'fatal'");
        assertRefused(VALID.replace("[Container, apps/Deployment]", "[container]"), "target 'container'");
        assertRefused(VALID.replace("containers: [app]", "containers: [main]"), "'containers' may list only");
    }

    @Test
    void readsAPodExemptionOnlyForContainerTargets() {
        String container = VALID.replace("[Container, apps/Deployment]", "[Container]");
        RuleDefinition rule = RuleFile.parse("security/example", container + "unlessPod: {required: [resources]}\n",
                List.of());
        assertEquals("resources", rule.unlessPod().get("required").get(0).stringValue());
        assertRefused(VALID + "unlessPod: {required: [resources]}\n", "needs targets: [Container]");
        assertRefused(container + "unlessPod: [resources]\n", "'unlessPod' is a map");
    }

    @Test
    void refusesBrokenYaml() {
        assertRefused(VALID + "title: twice\n", "line 13");
    }

    private static void assertRefused(String text, String expected) {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleFile.parse("security/example", text, List.of()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
