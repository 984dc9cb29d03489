package dev.kvet.rules.code.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.check.Manifests;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References to objects the user declares present in the cluster (--assume-present KIND/NAME) are not findings. */
class AssumePresentTest {

    private static final String PODS = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              serviceAccountName: web
              containers:
              - name: web
                image: nginx:1.27
                envFrom:
                - configMapRef:
                    name: web-env
                - secretRef:
                    name: web-secret
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              defaultBackend:
                service:
                  name: web
                  port:
                    number: 80
            """;

    @Test
    void onlyTheObjectsNotDeclaredPresentAreReported() {
        Set<String> assumed = Set.of("ConfigMap/web-env", "Service/web", "ServiceAccount/other");
        assertEquals(List.of(), messages(new ConfigMapReference(), assumed));
        assertEquals(List.of("Secret \"web-secret\" is not among the checked files"),
                messages(new SecretReference(), assumed));
        assertEquals(List.of(), messages(new IngressService(), assumed));
        assertEquals(List.of("ServiceAccount \"web\" is not among the checked files"),
                messages(new ServiceAccountReference(), assumed));
    }

    private static List<String> messages(CodeRule rule, Set<String> assumed) {
        List<KubeObject> objects = new ArrayList<>();
        for (LocatedDocument document : new ManifestParser().parse("pods.yaml", PODS.getBytes(StandardCharsets.UTF_8))
                .documents()) {
            new ObjectReader().read(document, objects, new ArrayList<>());
        }
        List<Finding> findings = new ArrayList<>();
        rule.checkAll(Manifests.of(objects, rule.indexers()), new RuleFindings("test/rule", Severity.WARNING, Map.of(), findings::add,
                assumed, false));
        return findings.stream().map(Finding::message).toList();
    }
}
