package dev.kvet.rules.code.reference;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.ContainerPort;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.workload.Container;
import java.util.List;

/**
 * A probe's port name must be one the container declares, or the probe fails for ever. Port numbers are not
 * checked: containers need not declare what they listen on, and a separate health port is common.
 */
public final class ProbePort extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        List<ContainerPort> ports = ContainerPort.of(container);
        for (Probe probe : Probe.of(container)) {
            probe.portPointer().ifPresent(at -> IntOrString.of(object.node(at)).ifPresent(port -> {
                if (port.isNumber() || port.isMalformedPort()
                        || ports.stream().anyMatch(candidate -> candidate.answers(port))) {
                    return;
                }
                List<String> declared = ContainerPort.identities(ports, false);
                findings.atValue(object, at, probe.field() + " of container \"" + container.name() + "\" uses port "
                        + port + ", which the container does not declare (its port names: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")",
                        "name one of the container's ports \"" + port.name() + "\", or probe a port number");
            }));
        }
    }
}
