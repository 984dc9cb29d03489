package dev.kvet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.object.Place;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexingTest {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata: {name: web}
              spec:
                selector: {app: web}
            - apiVersion: v1
              kind: ConfigMap
              metadata: {name: settings}
            """;

    private static final Indexer<Place> SELECTOR = object -> "Service".equals(object.kind())
            ? object.keyPlace(JsonPointer.of("spec", "selector")) : null;

    @Test
    void anObjectKeepsTheFactsOfEachIndexerAndItsPlaceInTheFile() {
        Manifests manifests = Manifests.of(objects(), List.of(SELECTOR));
        IndexedObject service = manifests.ofKind("Service").findFirst().orElseThrow();
        IndexedObject configMap = manifests.ofKind("ConfigMap").findFirst().orElseThrow();
        assertNull(configMap.fact(SELECTOR));
        Finding finding = service.finding(service.fact(SELECTOR), Severity.WARNING, "test/rule", "message", "hint");
        assertEquals("list.yaml", finding.file());
        assertEquals(8, finding.span().line());
        assertEquals(5, finding.span().column());
        assertEquals("/items/0/spec/selector", finding.pointer());
        assertEquals(0, finding.document());
        assertEquals("Service/web", finding.object().display());
    }

    @Test
    void anIndexerDeclaredByTwoChecksRunsOncePerObject() {
        AtomicInteger calls = new AtomicInteger();
        Indexer<String> counted = object -> {
            calls.incrementAndGet();
            return object.name();
        };
        Manifests manifests = Manifests.of(objects(), List.of(counted, SELECTOR, counted));
        assertEquals(2, calls.get());
        assertEquals("settings", manifests.objects().get(1).fact(counted));
    }

    @Test
    void askingForFactsNoCheckDeclaredIsABugOfTheCheck() {
        Manifests manifests = Manifests.of(objects(), List.of());
        IndexedObject service = manifests.objects().get(0);
        assertThrows(IllegalArgumentException.class, () -> service.fact(SELECTOR));
    }

    private static List<KubeObject> objects() {
        List<KubeObject> objects = new ArrayList<>();
        for (LocatedDocument document : new ManifestParser().parse("list.yaml",
                MANIFEST.getBytes(StandardCharsets.UTF_8)).documents()) {
            new ObjectReader().read(document, objects, new ArrayList<>());
        }
        return objects;
    }
}
