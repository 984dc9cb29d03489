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
 * A probe's port should be one the container declares: a named port that the container lacks makes the probe fail
 * for ever; a number that is not among the declared containerPorts is usually a typo. Containers that declare no
 * ports leave numbered probe ports unchecked.
 */
public final class ProbePort extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        List<ContainerPort> ports = ContainerPort.of(container);
        for (Probe probe : Probe.of(container)) {
            probe.portPointer().ifPresent(at -> IntOrString.of(object.node(at)).ifPresent(port -> {
                if (ports.stream().anyMatch(candidate -> candidate.answers(port))
                        || (port.isNumber() && ports.isEmpty()) || port.isMalformedPort()) {
                    return;
                }
                List<String> declared = ContainerPort.identities(ports, port.isNumber());
                findings.atValue(object, at, probe.field() + " of container \"" + container.name() + "\" uses port "
                        + port + ", which the container does not declare (its " + (port.isNumber() ? "ports" : "port "
                        + "names") + ": " + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")",
                        port.isNumber()
                        ? "probe one of the declared ports, or declare containerPort " + port
                        : "name one of the container's ports \"" + port.name() + "\", or probe a port number");
            }));
        }
    }
}
