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

/** What the Gateway API route rules report where the fixtures cannot say: declared objects, partial runs, lines. */
class GatewayRouteReferencesTest {

    private static final String ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: shop
            spec:
              parentRefs:
              - name: edge
              rules:
              - backendRefs:
                - name: web
                  port: 80
                - name: api
                  namespace: backend
                  port: 8080
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: backend
            """;

    @Test
    void missingObjectsAreReportedAtTheirNames() {
        assertEquals(List.of("8:11 parentRef Gateway \"edge\" is not among the checked files (in the route's "
                + "namespace); the route attaches to nothing"), findings(new RouteParent(), ROUTE, Set.of(), false));
        assertEquals(List.of("11:13 backendRef Service \"web\" is not among the checked files (in the route's "
                        + "namespace)", "13:13 backendRef Service \"api\" is not among the checked files (in "
                        + "namespace \"backend\")"),
                findings(new RouteBackend(), ROUTE, Set.of(), false));
        assertEquals(List.of("14:18 no ReferenceGrant in namespace \"backend\" lets HTTPRoutes of namespace \"shop\" "
                + "refer to Service \"api\"; the backend is refused"),
                findings(new RouteCrossNamespace(), ROUTE, Set.of(), false));
    }

    @Test
    void objectsDeclaredPresentOrPossiblyInOtherFilesAreNotReported() {
        assertEquals(List.of(), findings(new RouteParent(), ROUTE, Set.of("Gateway/edge"), false));
        assertEquals(List.of("13:13 backendRef Service \"api\" is not among the checked files (in namespace "
                + "\"backend\")"), findings(new RouteBackend(), ROUTE, Set.of("Service/web"), false));
        assertEquals(List.of(), findings(new RouteParent(), ROUTE, Set.of(), true));
        assertEquals(List.of(), findings(new RouteBackend(), ROUTE, Set.of(), true));
        assertEquals(false, new RouteCrossNamespace().decidedByPartOfTheManifests());
    }

    @Test
    void aRouteOfAnotherApiGroupIsNotAGatewayApiRoute() {
        String other = ROUTE.replace("gateway.networking.k8s.io/v1", "example.com/v1");
        assertEquals(List.of(), findings(new RouteParent(), other, Set.of(), false));
        assertEquals(List.of(), findings(new RouteBackend(), other, Set.of(), false));
    }

    private static List<String> findings(CodeRule rule, String yaml, Set<String> assumed, boolean partial) {
        List<KubeObject> objects = new ArrayList<>();
        for (LocatedDocument document : new ManifestParser().parse("routes.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .documents()) {
            new ObjectReader().read(document, objects, new ArrayList<>());
        }
        List<Finding> findings = new ArrayList<>();
        rule.checkAll(Manifests.of(objects, rule.indexers()), new RuleFindings("test/rule", Severity.WARNING, Map.of(),
                findings::add, assumed, partial));
        return findings.stream()
                .map(finding -> finding.span().line() + ":" + finding.span().column() + " " + finding.message())
                .toList();
    }
}
