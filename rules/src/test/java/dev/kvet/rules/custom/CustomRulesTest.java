package dev.kvet.rules.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.run.CheckRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomRulesTest {

    /** A valid rule whose fields the broken ones below change one at a time. */
    private static final String VALID = """
            id: acme/no-load-balancer
            title: A Service asks for a cloud load balancer
            severity: warning
            targets: [Service]
            description: Load balancers cost money.
            remediation: Use an Ingress.
            condition:
              properties:
                spec:
                  properties:
                    type: {not: {const: LoadBalancer}}
            message: "Service '{name}' is of type {value}"
            at: /spec/type
            """;

    @TempDir
    Path dir;

    @Test
    void readsRuleFoldersWithTheirFixturesAndSingleRuleFiles() throws CheckSetupException {
        CustomRules rules = load(Path.of("src/test/resources/custom-rules/.kvet.yaml"));
        assertEquals(List.of("acme/no-load-balancer", "acme/required-labels", "acme/trusted-registry"),
                rules.rules().stream().map(CustomRule::id).toList());
        assertEquals(List.of("fail.yaml", "pass.yaml"), rules.find("acme/required-labels").orElseThrow()
                .definition().fixtures());
        assertEquals(List.of(), rules.find("acme/no-load-balancer").orElseThrow().definition().fixtures());
    }

    @Test
    void withoutCustomRulesNothingIsRead() throws CheckSetupException {
        assertSame(CustomRules.none(), CustomRules.load(KvetConfig.none(), CheckRun.allRules()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'A Service asks for a cloud load balancer' | '[A, list]'  | rule.yaml:2:1: 'title' must be a string
            'severity: warning'        | 'severity: fatal'           | rule.yaml:3:1: unknown severity 'fatal' (expected error, warning or info)
            'targets: [Service]'       | 'targets: [service]'        | rule.yaml:4:1: target 'service' is neither Container, PodSpec, PodTemplate nor a kind such as Service or apps/Deployment
            'at: /spec/type'           | 'colour: red'               | rule.yaml:13:1: unknown field 'colour' (known: at, condition, containers, description, enabled, id, implementation, kinds, message, parameters, remediation, severity, targets, title, unlessPod)
            'at: /spec/type'           | 'implementation: a.B'       | rule.yaml:13:1: 'implementation' is not allowed in a custom rule: custom rules are declarative (a JSON Schema 'condition' and a 'message'); code rules are kvet's own
            'type: {not'               | 'type: {type: 12, not'      | rule.yaml:11:16: 'condition' is no valid JSON Schema at /condition/properties/spec/properties/type/type: does not have a value in the enumeration ["array", "boolean", "integer", "null", "number", "object", "string"]
            'message: "Service'        | 'message: "{nme} Service'   | rule.yaml:12:1: message uses unknown placeholders [nme] (known: [entry, field, kind, name, object, target, value])
            'message: "Service ''{name}'' is of type {value}"' | '' | rule.yaml: a declarative rule needs a 'condition' map and a 'message'
            'id: acme/no-load-balancer' | 'id: Acme/LB'              | rule.yaml:1:1: id 'Acme/LB' must be the kebab-case category/name, such as acme/required-labels
            'title: A Service'         | '  title: A Service'        | rule.yaml:2:8: invalid YAML: mapping values are not allowed here
            """)
    void aBrokenRuleIsOneLineNamingFileAndLine(String valid, String broken, String message) throws IOException {
        assertEquals(dir.resolve(message).toString(), refusal(VALID.replace(valid, broken)));
    }

    @Test
    void aRuleWithoutConditionSaysWhatItNeeds() throws IOException {
        assertEquals(dir.resolve("rule.yaml") + ":1:1: needs a 'condition', the JSON Schema that a passing target "
                + "satisfies", refusal(VALID.substring(0, VALID.indexOf("condition:"))));
    }

    @Test
    void idsKeepOutOfBuiltInCategories() throws IOException {
        assertEquals(dir.resolve("rule.yaml") + ": id 'security/no-load-balancer' is in kvet's built-in category "
                + "'security'; a custom rule needs a category of its own, such as 'acme/no-load-balancer'",
                refusal(VALID.replace("acme/", "security/")));
        assertEquals(dir.resolve("rule.yaml") + ": id 'yaml/no-load-balancer' is in kvet's built-in category "
                + "'yaml'; a custom rule needs a category of its own, such as 'acme/no-load-balancer'",
                refusal(VALID.replace("acme/", "yaml/")));
    }

    @Test
    void idsAreUnique() throws IOException, CheckSetupException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/lb.yaml"), VALID);
        Files.writeString(dir.resolve("b/lb.yml"), VALID);
        Files.writeString(dir.resolve(".kvet.yaml"), "customRules: [a, b, a/lb.yaml]\n");
        CheckSetupException e = assertThrows(CheckSetupException.class, () -> load(dir.resolve(".kvet.yaml")));
        assertEquals(dir.resolve("b/lb.yml") + ": id 'acme/no-load-balancer' is already the id of the custom rule in "
                + dir.resolve("a/lb.yaml"), e.getMessage());
        Files.writeString(dir.resolve(".kvet.yaml"), "customRules: [a, a/lb.yaml]\n");
        assertEquals(1, load(dir.resolve(".kvet.yaml")).rules().size(), "a file named twice is one rule");
    }

    @Test
    void pathsMustExistAndHoldRules() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve(".kvet.yaml"), "customRules: [missing, empty]\n");
        CheckSetupException e = assertThrows(CheckSetupException.class, () -> load(dir.resolve(".kvet.yaml")));
        assertEquals(dir.resolve(".kvet.yaml") + ": customRules: " + dir.resolve("missing") + " does not exist",
                e.getMessage());
        Files.writeString(dir.resolve(".kvet.yaml"), "customRules: [empty]\n");
        e = assertThrows(CheckSetupException.class, () -> load(dir.resolve(".kvet.yaml")));
        assertEquals(dir.resolve(".kvet.yaml") + ": customRules: " + dir.resolve("empty")
                + " holds no rule files (rule.yaml or *.yaml)", e.getMessage());
    }

    /** The one-line error that loading a single rule file of this text gives. */
    private String refusal(String text) throws IOException {
        Files.writeString(dir.resolve("rule.yaml"), text);
        Files.writeString(dir.resolve(".kvet.yaml"), "customRules: [rule.yaml]\n");
        return assertThrows(CheckSetupException.class, () -> load(dir.resolve(".kvet.yaml"))).getMessage();
    }

    private static CustomRules load(Path config) throws CheckSetupException {
        RunOptions options = new RunOptions(null, config, config.toAbsolutePath().getParent(), List.of(), List.of(),
                List.of());
        return CustomRules.load(KvetConfig.load(options), CheckRun.allRules());
    }
}
