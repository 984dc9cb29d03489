package dev.kvet.rules.declarative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.document.JsonTree;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.catalogue.RuleFile;
import dev.kvet.rules.catalogue.RuleTarget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conditions decided from member names alone (see {@link PresenceTest}) find what the validator finds. */
class DeclarativeRuleTest {

    private static final String RULE = """
            id: test/no-host-network
            title: t
            severity: warning
            targets: [Service]
            description: d
            remediation: r
            message: "{object} uses the host network"
            condition:
            %s
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  properties: {hostNetwork: {const: false}}' | 'spec: {}'                      | 0",
            "'  properties: {hostNetwork: {const: false}}' | 'hostNetwork: true'             | 1",
            "'  properties: {hostNetwork: {const: false}}' | 'hostNetwork: false'            | 0",
            "'  properties: {hostNetwork: {const: false}}' | 'hostNetwork: null'             | 1",
            "'  required: [hostNetwork]'                   | 'spec: {}'                      | 1",
            "'  properties: {a: {}}\n  required: [a]'     | 'spec: {}'                      | 1",
            "'  properties: {a: {}}\n  minProperties: 9'  | 'spec: {}'                      | 1",
            "'  required: [spec]'                          | 'spec: {}'                      | 0",
            "'  properties: {spec: {required: [x]}}\n  required: [spec]' | 'spec: {}'       | 1",
            "'  properties: {spec: {required: [x]}}\n  required: [spec]' | 'spec: {x: 1}'   | 0",
            "'  properties: {spec: {required: [x]}}\n  required: [spec]' | 'other: 1'       | 1",
            "'  properties: {spec: {required: [x]}}'      | 'spec: {y: 1}'                  | 1",
            "'  properties: {spec: {required: [x]}}'      | 'spec: 3'                       | 0",
            "'  properties: {spec: {properties: {x: {const: 1}}}}' | 'spec: {x: 2}'         | 1",
            "'  properties: {spec: {properties: {x: {const: 1}}}}' | 'spec: {y: 2}'         | 0",
            "'  properties: {spec: {}, a: {required: [b]}}' | 'spec: 1\na: {}'             | 1",
            "'  properties: {spec: {}, a: {required: [b]}}' | 'spec: 1\na: {b: 1}'         | 0",
            "'  properties: {spec: {minProperties: 2}, a: {required: [b]}}' | 'spec: {}\na: {}' | 2",
    })
    void findsWhatTheValidatorFinds(String condition, String field, int expected) {
        RuleDefinition definition = RuleFile.parse("test/no-host-network", RULE.formatted(condition.replace("\\n", "\n")), List.of());
        DeclarativeRule rule = DeclarativeRule.compile(definition, definition.severity(), definition.parameters());
        KubeObject service = service(field.replace("\\n", "\n"));
        List<Finding> findings = new ArrayList<>();

        rule.check(service, new RuleTarget.Node(JsonPointer.ROOT, service.root(), service.name(), null),
                JsonTree.of(service.root()), findings::add);

        assertEquals(expected, findings.size(), findings.toString());
    }

    @Test
    void messageNamesTheFieldAndTheListEntryAtFault() {
        RuleDefinition definition = RuleFile.parse("test/low-ports", """
                id: test/low-ports
                title: t
                severity: warning
                targets: [Service]
                description: d
                remediation: r
                message: "{field} of '{entry}' is {value}"
                condition:
                  properties: {spec: {properties: {ports: {items: {properties: {port: {maximum: 1000}}}}}}}
                """, List.of());
        DeclarativeRule rule = DeclarativeRule.compile(definition, definition.severity(), definition.parameters());
        KubeObject service = service("spec:\n  ports:\n  - {name: web, port: 80}\n  - {name: admin, port: 8080}");
        List<Finding> findings = new ArrayList<>();

        rule.check(service, new RuleTarget.Node(JsonPointer.ROOT, service.root(), service.name(), null),
                JsonTree.of(service.root()), findings::add);

        assertEquals(List.of("port of 'admin' is 8080"), findings.stream().map(Finding::message).toList());
    }

    private static KubeObject service(String field) {
        String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n" + field + "\n";
        List<KubeObject> objects = new ArrayList<>();
        new ObjectReader().read(new ManifestParser().parse("s.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .documents().get(0), objects, new ArrayList<>());
        return objects.get(0);
    }
}
