package dev.kvet.rules.code.support;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.workload.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a container's {@code ports}.
 *
 * @param name          the port's name, or null
 * @param containerPort the port number, or null when it is not an integer
 * @param protocol      TCP, UDP or SCTP (TCP when omitted)
 * @param pointer       the item's pointer relative to the owning object
 */
public record ContainerPort(String name, IntOrString containerPort, String protocol, JsonPointer pointer) {

    /** The ports a container declares, in order. */
    public static List<ContainerPort> of(Container container) {
        List<ContainerPort> ports = new ArrayList<>();
        YamlList list = container.node().list("ports");
        if (list == null) {
            return ports;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YamlMap port) {
                IntOrString number = IntOrString.of(port.get("containerPort")).filter(IntOrString::isNumber)
                        .orElse(null);
                String protocol = Optional.ofNullable(port.string("protocol")).orElse("TCP");
                ports.add(new ContainerPort(port.string("name"), number, protocol,
                        container.pointer("ports").child(i)));
            }
        }
        return ports;
    }

    /** Whether a port reference (a number, or a port name) designates this port. */
    public boolean answers(IntOrString reference) {
        return reference.isNumber() ? containerPort != null && containerPort.equals(reference)
                : reference.name().equals(name);
    }

    /** The distinct numbers (or names) of some ports, for messages; ports without one are left out. */
    public static List<String> identities(List<ContainerPort> ports, boolean numbers) {
        return ports.stream()
                .map(port -> numbers ? Objects.toString(port.containerPort(), null) : port.name())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
