package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerPort;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.workload.Container;
import java.util.HashSet;
import java.util.Set;

/**
 * Within a container, containerPort and protocol pairs should be unique: they are the key under which apply and
 * patches merge the list, so one of two duplicates disappears (the API server itself only warns).
 */
public final class ContainerPortUnique extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        Set<String> numbers = new HashSet<>();
        for (ContainerPort port : ContainerPort.of(container)) {
            if (port.containerPort() != null && !numbers.add(port.containerPort() + "/" + port.protocol())) {
                findings.atValue(object, port.pointer().child("containerPort"), "containerPort "
                        + port.containerPort() + "/" + port.protocol() + " is declared twice in container \""
                        + container.name() + "\"", "remove the duplicate port, or give it another protocol");
            }
        }
    }
}
