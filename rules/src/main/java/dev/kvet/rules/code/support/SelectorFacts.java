package dev.kvet.rules.code.support;

import dev.kvet.check.Indexer;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Place;

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

    /** Takes the selector of every PodDisruptionBudget and NetworkPolicy that writes one as a map. */
    public static final Indexer<SelectorFacts> INDEXER = object -> {
        JsonPointer field = "PodDisruptionBudget".equals(object.kind()) ? PDB_SELECTOR
                : "NetworkPolicy".equals(object.kind()) ? POLICY_SELECTOR : null;
        return field != null && object.node(field) instanceof YamlMap map
                ? new SelectorFacts(LabelSelector.of(map), object.keyPlace(field)) : null;
    };
}
