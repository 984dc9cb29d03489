package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.workload.Container;
import java.util.List;

/** A probe must have exactly one handler: exec, httpGet, tcpSocket or grpc. */
public final class ProbeHandler extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        for (Probe probe : Probe.of(container)) {
            List<String> handlers = probe.handlers();
            String where = probe.field() + " of container \"" + container.name() + "\"";
            if (handlers.isEmpty()) {
                findings.atKey(object, probe.pointer(), where + " has no handler, so it tests nothing",
                        "add one of exec, httpGet, tcpSocket or grpc");
            } else if (handlers.size() > 1) {
                findings.atKey(object, probe.pointer().child(handlers.get(1)), where + " has " + handlers.size()
                        + " handlers (" + String.join(", ", handlers) + "); a probe takes exactly one",
                        "keep one handler and remove the others");
            }
        }
    }
}
