package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ServicePort;
import java.util.HashSet;
import java.util.Set;

/** A Service must not declare the same port and protocol twice. */
public final class ServicePortUnique implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        Set<String> seen = new HashSet<>();
        for (ServicePort port : ServicePort.of(object)) {
            if (port.port() != null && !seen.add(port.port() + "/" + port.protocol())) {
                findings.atValue(object, port.pointer("port"), "port " + port.port() + "/" + port.protocol()
                        + " is declared twice in this Service", "remove the duplicate, or give it another protocol");
            }
        }
    }
}
