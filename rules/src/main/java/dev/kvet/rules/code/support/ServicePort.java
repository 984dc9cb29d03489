package dev.kvet.rules.code.support;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item of a Service's {@code spec.ports}.
 *
 * @param name       the port's name, or null
 * @param port       the Service port number, or null when not an integer
 * @param protocol   TCP, UDP or SCTP (TCP when omitted)
 * @param targetPort the targetPort as written, or null when omitted (it then equals the port)
 * @param pointer    the item's pointer relative to the Service
 */
public record ServicePort(String name, IntOrString port, String protocol, IntOrString targetPort,
                          JsonPointer pointer) {

    private static final JsonPointer PORTS = JsonPointer.of("spec", "ports");

    /** The ports of a Service, in order; none for other kinds. */
    public static List<ServicePort> of(KubeObject service) {
        List<ServicePort> ports = new ArrayList<>();
        if (!"Service".equals(service.kind()) || !(service.node(PORTS) instanceof YamlList list)) {
            return ports;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YamlMap item) {
                ports.add(new ServicePort(item.string("name"),
                        IntOrString.of(item.get("port")).filter(IntOrString::isNumber).orElse(null),
                        Objects.requireNonNullElse(item.string("protocol"), "TCP"),
                        IntOrString.of(item.get("targetPort")).orElse(null), PORTS.child(i)));
            }
        }
        return ports;
    }

    /** The port the Service forwards to: targetPort, or the port itself when targetPort is omitted or 0. */
    public IntOrString effectiveTargetPort() {
        return targetPort == null || (targetPort.isNumber() && targetPort.number().signum() == 0) ? port : targetPort;
    }

    /** The pointer to a field of this port. */
    public JsonPointer pointer(String field) {
        return pointer.child(field);
    }
}
