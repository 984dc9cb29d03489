package dev.kvet.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.document.ManifestParser;
import dev.kvet.document.YamlMap;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {

    private static LabelSelector selector(String yaml) {
        var parsed = new ManifestParser().parse("selector.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return LabelSelector.of((YamlMap) parsed.documents().get(0).root());
    }

    @Test
    void everyTermMustHold() {
        LabelSelector selector = selector("""
                matchLabels: {app: web}
                matchExpressions:
                - {key: tier, operator: In, values: [front, edge]}
                - {key: canary, operator: DoesNotExist}
                - {key: track, operator: NotIn, values: [test]}
                - {key: team, operator: Exists}
                """);
        assertTrue(selector.matches(Map.of("app", "web", "tier", "edge", "team", "a")));
        assertFalse(selector.matches(Map.of("app", "web", "tier", "back", "team", "a")), "tier not in values");
        assertFalse(selector.matches(Map.of("app", "web", "tier", "edge", "team", "a", "canary", "")), "canary set");
        assertFalse(selector.matches(Map.of("app", "web", "tier", "edge", "team", "a", "track", "test")), "NotIn");
        assertFalse(selector.matches(Map.of("app", "web", "tier", "edge")), "team missing");
        assertFalse(selector.matches(Map.of("app", "api", "tier", "edge", "team", "a")), "matchLabels");
    }

    @Test
    void anUnknownOperatorMatchesNothing() {
        assertFalse(selector("matchExpressions: [{key: a, operator: in, values: [x]}]").matches(Map.of("a", "x")));
    }

    @Test
    void emptySelectorSelectsEverything() {
        LabelSelector selector = selector("matchLabels: {}");
        assertTrue(selector.isEmpty());
        assertTrue(selector.matches(Map.of()));
    }

    @Test
    void printsLikeKubectl() {
        assertEquals("app=web,tier in (a,b),!canary",
                selector("""
                        matchLabels: {app: web}
                        matchExpressions:
                        - {key: tier, operator: In, values: [a, b]}
                        - {key: canary, operator: DoesNotExist}
                        """).toString());
    }
}
