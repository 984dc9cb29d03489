package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.object.LabelSelector;
import dev.kvet.rules.code.support.SelectedPods;

/** Reports objects whose non-empty pod selector matches no pod of the run (an empty one selects every pod). */
final class SelectorReach {

    private SelectorReach() {
    }

    static void reportUnmatched(Manifests manifests, String kind, String field, RuleFindings findings, String hint) {
        JsonPointer at = JsonPointer.of("spec", field);
        manifests.ofKind(kind).forEach(object -> {
            if (!(object.node(at) instanceof YamlMap map)) {
                return;
            }
            LabelSelector selector = LabelSelector.of(map);
            if (!selector.isEmpty() && SelectedPods.of(manifests, object, selector).isEmpty()) {
                findings.atKey(object, at, kind + " \"" + object.name() + "\" selects " + selector
                        + ", but no Pod or workload in the checked files has these labels", hint);
            }
        });
    }
}
