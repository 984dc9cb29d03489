package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.resource.Quantity;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.workload.Container;

/** Resource requests and limits must be quantities (128Mi, 500m, 2) and not negative. */
public final class ResourceQuantity extends ContainerRule {

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
            if (!(entry.value() instanceof YamlScalar scalar) || scalar.isNull()) {
                return;
            }
            Quantity.tryParse(scalar.text()).ifPresentOrElse(quantity -> {
                if (quantity.isNegative()) {
                    findings.atValue(object, at.child(resource), resource + " " + what + " " + scalar.text()
                            + " is negative", "resources are zero or more");
                }
            }, () -> findings.atValue(object, at.child(resource), resource + " " + what + " "
                    + Quantity.problem(scalar.text()), "e.g. cpu: 500m, memory: 256Mi"));
        });
    }
}
