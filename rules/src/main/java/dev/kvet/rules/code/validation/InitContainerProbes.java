package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import java.util.List;

/**
 * An init container that is not a sidecar runs once to completion, so the API server forbids probes and lifecycle
 * hooks on it ("may not be set for init containers without restartPolicy=Always").
 */
public final class InitContainerProbes extends ContainerRule {

    private static final List<String> FORBIDDEN = List.of("livenessProbe", "readinessProbe", "startupProbe",
            "lifecycle");

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        if (container.kind() != ContainerKind.INIT || container.isSidecar()) {
            return;
        }
        for (String field : FORBIDDEN) {
            if (container.node().has(field)) {
                findings.atKey(object, container.pointer(field), field + " is not allowed on init container \""
                        + container.name() + "\", which runs once to completion",
                        "remove " + field + ", or make the container a sidecar with restartPolicy: Always");
            }
        }
    }
}
