package dev.kvet.rules.code.support;

import dev.kvet.check.Indexer;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Place;
import java.util.List;
import java.util.Map;

/**
 * The pod selector of a PodDisruptionBudget (spec.selector) or a NetworkPolicy (spec.podSelector), kept for the
 * rules that look for the pods it selects.
 *
 * @param selector the selector
 * @param at       where its field is written
 */
public record SelectorFacts(LabelSelector selector, Place at) {

    private static final JsonPointer PDB_SELECTOR = JsonPointer.of("spec", "selector");
    private static final JsonPointer POLICY_SELECTOR = JsonPointer.of("spec", "podSelector");
    private static final LabelSelector EVERY_POD = new LabelSelector(Map.of(), List.of(), false);

    /**
     * Takes the selector of every PodDisruptionBudget and NetworkPolicy that writes one as a map. A NetworkPolicy
     * that leaves podSelector out selects every pod of its namespace, as the API server decodes the missing field to
     * the empty selector; a budget without a selector selects none, and gets no facts.
     */
    public static final Indexer<SelectorFacts> INDEXER = object -> {
        JsonPointer field = "PodDisruptionBudget".equals(object.kind()) ? PDB_SELECTOR
                : "NetworkPolicy".equals(object.kind()) ? POLICY_SELECTOR : null;
        if (field == null) {
            return null;
        }
        if (object.node(field) instanceof YamlMap map) {
            return new SelectorFacts(LabelSelector.of(map), object.keyPlace(field));
        }
        return field == POLICY_SELECTOR && object.node(field) == null
                ? new SelectorFacts(EVERY_POD, object.keyPlace(field)) : null;
    };
}
