package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A team's custom rules through the command line: check, every output, rules, explain and test. */
class CustomRulesCliTest {

    private static final String RULE = """
            id: acme/no-load-balancer
            title: A Service asks for a cloud load balancer
            severity: warning
            targets: [Service]
            description: Load balancers cost money and open the cluster to the internet.
            remediation: Use type ClusterIP and an Ingress.
            condition:
              properties:
                spec:
                  properties:
                    type: {not: {const: LoadBalancer}}
            message: "Service '{name}' is of type {value}"
            at: /spec/type
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: shop
            spec:
              type: LoadBalancer%s
              selector: {app: shop}
              ports:
                - port: 80
            """;

    @TempDir
    Path dir;

    private final CliDriver cli = new CliDriver();
    private Path config;

    @BeforeEach
    void teamRepository() throws IOException {
        Path rule = Files.createDirectories(dir.resolve("policies/no-load-balancer"));
        Files.writeString(rule.resolve("rule.yaml"), RULE);
        Files.writeString(rule.resolve("fail.yaml"), SERVICE.formatted(" # expect: acme/no-load-balancer"));
        Files.writeString(rule.resolve("pass.yaml"), SERVICE.formatted("").replace("LoadBalancer", "ClusterIP"));
        config = dir.resolve(".kvet.yaml");
        Files.writeString(config, "customRules: [policies]\n");
        Files.writeString(dir.resolve("service.yaml"), SERVICE.formatted(""));
    }

    @Test
    void checkReportsCustomFindingsAtTheirLine() {
        assertEquals(1, cli.run("check", "--config", config.toString(), "--fail-on", "warning",
                dir.resolve("service.yaml").toString()));
        assertTrue(cli.out().contains("service.yaml:6:3: warning acme/no-load-balancer Service 'shop' is of type "
                + "LoadBalancer"), cli.out());
    }

    @Test
    void sarifDescribesCustomRules() {
        assertEquals(0, cli.run("check", "--config", config.toString(), "-o", "sarif",
                dir.resolve("service.yaml").toString()));
        JsonNode driver = JsonMapper.builder().build().readTree(cli.out()).at("/runs/0/tool/driver/rules");
        JsonNode rule = null;
        for (JsonNode candidate : driver) {
            if (candidate.get("id").asString().equals("acme/no-load-balancer")) {
                rule = candidate;
            }
        }
        assertEquals("A Service asks for a cloud load balancer", rule.at("/shortDescription/text").asString());
        assertTrue(cli.out().contains("\"ruleIndex\""), cli.out());
    }

    @Test
    void aBrokenRuleIsAUsageErrorOnOneLine() throws IOException {
        Files.writeString(dir.resolve("policies/no-load-balancer/rule.yaml"),
                RULE.replace("at: /spec/type", "implementation: com.acme.NoLoadBalancer"));
        assertEquals(2, cli.run("check", "--config", config.toString(), dir.resolve("service.yaml").toString()));
        assertEquals("kvet: " + dir.resolve("policies/no-load-balancer/rule.yaml") + ":13:1: 'implementation' is "
                + "not allowed in a custom rule: custom rules are declarative (a JSON Schema 'condition' and a "
                + "'message'); code rules are kvet's own", cli.err().strip());
        assertEquals(2, cli.run("rules", "--config", config.toString()));
    }

    @Test
    void rulesListsCustomRulesAsCustom() {
        assertEquals(0, cli.run("rules", "--config", config.toString(), "-o", "json"));
        JsonNode rules = JsonMapper.builder().build().readTree(cli.out());
        int custom = 0;
        for (JsonNode rule : rules) {
            boolean isCustom = rule.get("custom").asBoolean();
            assertEquals(rule.get("id").asString().equals("acme/no-load-balancer"), isCustom, rule.toString());
            custom += isCustom ? 1 : 0;
        }
        assertEquals(1, custom);
        assertEquals(0, cli.run("rules", "--config", config.toString()));
        assertTrue(cli.out().contains("A Service asks for a cloud load balancer [custom]"), cli.out());
    }

    @Test
    void explainShowsACustomRuleWithItsFixtures() {
        assertEquals(0, cli.run("rules", "explain", "--config", config.toString(), "acme/no-load-balancer"));
        String text = cli.out();
        assertTrue(text.startsWith("acme/no-load-balancer: A Service asks for a cloud load balancer"), text);
        assertTrue(text.contains("Fires on:") && text.contains("type: LoadBalancer # <- finding"), text);
        assertTrue(text.contains("Passes:") && text.contains("type: ClusterIP"), text);
    }

    @Test
    void testRunsTheFixturesAndFailsOnAWrongExpectation() throws IOException {
        assertEquals(0, cli.run("rules", "--config", config.toString(), "test"));
        assertTrue(cli.out().contains("1 custom rule, 2 fixtures: 2 pass, 0 fail."), cli.out());
        Path fail = dir.resolve("policies/no-load-balancer/fail.yaml");
        Files.writeString(fail, SERVICE.formatted("")
                .replace("name: shop", "name: shop # expect: acme/no-load-balancer"));
        assertEquals(1, cli.run("rules", "test", dir.resolve("policies").toString()));
        assertTrue(cli.out().contains("FAIL  acme/no-load-balancer " + fail), cli.out());
        assertTrue(cli.out().contains("line 4: expected a finding of acme/no-load-balancer, got none"), cli.out());
        assertTrue(cli.out().contains("line 6: unexpected finding: Service 'shop' is of type LoadBalancer"),
                cli.out());
    }
}
