package dev.kvet.rules.code.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Manifests;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelectedPodsTest {

    private static final String PODS = """
            kind: Pod
            metadata: {name: a, labels: {app: web, tier: front}}
            ---
            kind: Deployment
            metadata: {name: b}
            spec: {template: {metadata: {labels: {app: web, tier: back}}}}
            ---
            kind: Pod
            metadata: {name: c, namespace: other, labels: {app: web, tier: front}}
            ---
            kind: Pod
            metadata: {name: d, labels: {app: api, tier: front}}
            ---
            kind: Pod
            metadata: {name: e, labels: {app: web, tier: front}}
            ---
            kind: Service
            metadata: {name: owner}
            """;

    private final Manifests manifests = Manifests.of(objects(PODS), List.of(PodFacts.INDEXER));
    private final IndexedObject owner = manifests.ofKind("Service").findFirst().orElseThrow();

    @Test
    void matchLabelsPickEveryPodWithAllPairsInReadingOrder() {
        assertEquals(List.of("a", "e"), names(selector("{app: web, tier: front}")));
        assertEquals(List.of("a", "b", "e"), names(selector("{app: web}")));
        assertEquals(List.of(), names(selector("{app: web, tier: middle}")));
    }

    @Test
    void expressionsAloneLookAtEveryPodOfTheNamespace() {
        assertEquals(List.of("a", "d", "e"), names(LabelSelector.of(map(
                "{matchExpressions: [{key: tier, operator: In, values: [front]}]}"))));
        assertEquals(List.of("a", "b", "d", "e"), names(LabelSelector.of(map("{}"))));
    }

    @Test
    void anyInTellsWhetherTheFilesHoldPodsOfTheOwnersNamespace() {
        Manifests withPolicy = Manifests.of(objects(PODS + """
                ---
                kind: NetworkPolicy
                metadata: {name: empty, namespace: empty}
                """), List.of(PodFacts.INDEXER));
        assertTrue(SelectedPods.anyIn(withPolicy, withPolicy.ofKind("Service").findFirst().orElseThrow()));
        assertFalse(SelectedPods.anyIn(withPolicy, withPolicy.ofKind("NetworkPolicy").findFirst().orElseThrow()));
    }

    @Test
    void selectedByAnyGathersThePodsOfEverySelectorOfAKindInItsOwnNamespace() {
        Manifests withPolicies = Manifests.of(objects(PODS + """
                ---
                kind: NetworkPolicy
                metadata: {name: back}
                spec: {podSelector: {matchLabels: {tier: back}}}
                ---
                kind: NetworkPolicy
                metadata: {name: everything, namespace: other}
                ---
                kind: PodDisruptionBudget
                metadata: {name: api}
                spec: {selector: {matchLabels: {app: api}}}
                """), List.of(PodFacts.INDEXER, SelectorFacts.INDEXER));
        assertEquals(Set.of("b", "c"), SelectedPods.selectedByAny(withPolicies, "NetworkPolicy").stream()
                .map(IndexedObject::name).collect(Collectors.toSet()));
        assertEquals(Set.of("d"), SelectedPods.selectedByAny(withPolicies, "PodDisruptionBudget").stream()
                .map(IndexedObject::name).collect(Collectors.toSet()));
    }

    private List<String> names(LabelSelector selector) {
        return SelectedPods.of(manifests, owner, selector).stream().map(IndexedObject::name).toList();
    }

    private static LabelSelector selector(String matchLabels) {
        return LabelSelector.ofMap(map(matchLabels));
    }

    private static YamlMap map(String yaml) {
        return (YamlMap) new ManifestParser().parse("s.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents()
                .get(0).root();
    }

    private static List<KubeObject> objects(String yaml) {
        List<KubeObject> objects = new ArrayList<>();
        for (LocatedDocument document : new ManifestParser().parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .documents()) {
            new ObjectReader().read(document, objects, new ArrayList<>());
        }
        return objects;
    }
}
