package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.object.LabelSelector;
import dev.kvet.rules.code.support.SelectedPods;

/** A Service whose selector matches no Pod or workload pod template of the run sends traffic nowhere. */
public final class ServiceSelector implements CodeRule {

    static final JsonPointer SELECTOR = JsonPointer.of("spec", "selector");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Service").forEach(service -> {
            if (!(service.node(SELECTOR) instanceof YamlMap map)) {
                return;
            }
            LabelSelector selector = LabelSelector.ofMap(map);
            if (!selector.isEmpty() && SelectedPods.of(manifests, service, selector).isEmpty()) {
                findings.atKey(service, SELECTOR, "Service \"" + service.name() + "\" selects " + selector
                        + ", but no Pod or workload in the checked files has these labels",
                        "fix the selector or the pod template's labels (pods in another namespace do not count)");
            }
        });
    }
}
