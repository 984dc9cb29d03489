package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ServicePort;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** When a Service has more than one port, every port needs a name, and names must be unique. */
public final class ServicePortNames implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        List<ServicePort> ports = ServicePort.of(object);
        Set<String> seen = new HashSet<>();
        for (ServicePort port : ports) {
            String name = port.name();
            if ((name == null || name.isEmpty()) && ports.size() > 1) {
                findings.atKey(object, port.pointer(), "this Service has " + ports.size()
                        + " ports, so each needs a name, and port " + port.port() + " has none",
                        "add name: (e.g. http, grpc, metrics) to every port");
            } else if (name != null && !name.isEmpty() && !seen.add(name)) {
                findings.atValue(object, port.pointer("name"), "port name \"" + name
                        + "\" is used twice in this Service", "give each port its own name");
            }
        }
    }
}
