package dev.kvet.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectReaderTest {

    private final List<KubeObject> objects = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private void read(String yaml) {
        for (LocatedDocument document : new ManifestParser().parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents()) {
            new ObjectReader().read(document, objects, findings);
        }
    }

    @Test
    void readsIdentity() {
        read("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n");
        KubeObject object = objects.get(0);
        assertEquals("apps", object.group());
        assertEquals("Deployment shop/web", object.ref().display());
        assertTrue(findings.isEmpty());
    }

    @Test
    void expandsListsIntoTheirItemsWithPointersIntoTheDocument() {
        read("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: a}
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: b
                """);
        assertEquals(2, objects.size());
        KubeObject second = objects.get(1);
        assertEquals("/items/1", second.base().toString());
        assertEquals(new Span(10, 11, 10, 12), second.locate(JsonPointer.parse("/metadata/name")));
        assertEquals("/items/1/metadata/name",
                second.findingAtValue(JsonPointer.parse("/metadata/name"), dev.kvet.finding.Severity.INFO, "x/y", "m", null).pointer());
    }

    @Test
    void documentsWithoutIdentityAreNotObjects() {
        read("replicaCount: 2\n---\n- a\n- b\n");
        assertTrue(objects.isEmpty());
        assertEquals(List.of("yaml/not-kubernetes", "yaml/not-kubernetes"), findings.stream().map(Finding::rule).toList());
        assertEquals(Span.at(1, 1).line(), findings.get(0).span().line());
    }

    @Test
    void missingKindOrApiVersionIsAnError() {
        read("apiVersion: v1\nmetadata:\n  name: x\n---\nkind: Pod\nmetadata:\n  name: y\n");
        assertEquals(List.of("schema/missing-kind", "schema/missing-api-version"),
                findings.stream().map(Finding::rule).toList());
        assertEquals(1, objects.size());
    }
}
