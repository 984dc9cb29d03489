package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.object.KubeObject;
import dev.kvet.resource.Quantity;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.workload.Container;
import java.util.Optional;

/** A container's resource request must not exceed its limit for the same resource. */
public final class RequestsExceedLimits extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        YamlMap resources = container.node().map("resources");
        YamlMap requests = resources == null ? null : resources.map("requests");
        YamlMap limits = resources == null ? null : resources.map("limits");
        if (requests == null || limits == null) {
            return;
        }
        requests.entries().forEach((resource, entry) -> {
            Optional<Quantity> request = quantity(entry.value());
            Optional<Quantity> limit = quantity(limits.get(resource));
            if (request.isPresent() && limit.isPresent() && request.get().compareTo(limit.get()) > 0) {
                findings.atValue(object, container.pointer("resources").child("requests").child(resource),
                        resource + " request " + request.get() + " of container \"" + container.name()
                                + "\" is more than its limit " + limit.get(),
                        "lower the request to at most the limit, or raise the limit");
            }
        });
    }

    private static Optional<Quantity> quantity(Object node) {
        return node instanceof YamlScalar scalar && !scalar.isNull() ? Quantity.tryParse(scalar.text())
                : Optional.empty();
    }
}
