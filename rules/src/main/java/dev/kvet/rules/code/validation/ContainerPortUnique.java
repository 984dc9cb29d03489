package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.ContainerPort;
import dev.kvet.workload.Container;
import java.util.HashSet;
import java.util.Set;

/**
 * Within a container, port names must be unique (the API server rejects duplicates) and so must containerPort and
 * protocol pairs (they are the list's merge key: apply and patches lose one of the two).
 */
public final class ContainerPortUnique extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (ContainerPort port : ContainerPort.of(container)) {
            if (port.name() != null && !names.add(port.name())) {
                findings.atValue(object, port.pointer().child("name"), "port name \"" + port.name()
                        + "\" is used twice in container \"" + container.name() + "\"", "give each port its own name");
            }
            if (port.containerPort() != null && !numbers.add(port.containerPort() + "/" + port.protocol())) {
                findings.atValue(object, port.pointer().child("containerPort"), "containerPort "
                        + port.containerPort() + "/" + port.protocol() + " is declared twice in container \""
                        + container.name() + "\"", "remove the duplicate port, or give it another protocol");
            }
        }
    }
}
