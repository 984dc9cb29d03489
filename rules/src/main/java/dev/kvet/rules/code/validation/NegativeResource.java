package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.resource.Quantity;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.workload.Container;

/**
 * Resource requests and limits must not be negative. (The quantity syntax itself is the schema's check; a negative
 * quantity is well-formed, and only the API server's validation refuses it.)
 */
public final class NegativeResource extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        check(object, container.pointer("resources").child("requests"), "request", findings);
        check(object, container.pointer("resources").child("limits"), "limit", findings);
    }

    private static void check(KubeObject object, JsonPointer at, String what, RuleFindings findings) {
        if (!(object.node(at) instanceof YamlMap values)) {
            return;
        }
        values.entries().forEach((resource, entry) -> {
            if (entry.value() instanceof YamlScalar scalar && !scalar.isNull()) {
                Quantity.tryParse(scalar.text()).filter(Quantity::isNegative).ifPresent(quantity ->
                        findings.atValue(object, at.child(resource), resource + " " + what + " " + scalar.text()
                                + " is negative", "use 0 or more, or leave the " + what + " out"));
            }
        });
    }
}
