package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.workload.PodTemplate;
import java.util.List;

/** A probe must have exactly one handler: exec, httpGet, tcpSocket or grpc. */
public final class ProbeHandler implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container -> {
            for (Probe probe : Probe.of(container)) {
                List<String> handlers = probe.handlers();
                if (handlers.isEmpty()) {
                    findings.atKey(object, probe.pointer(), probe.field() + " of container \"" + container.name()
                            + "\" has no handler, so it tests nothing",
                            "add one of exec, httpGet, tcpSocket or grpc");
                } else if (handlers.size() > 1) {
                    findings.atKey(object, probe.pointer().child(handlers.get(1)), probe.field() + " of container \""
                            + container.name() + "\" has " + handlers.size() + " handlers (" + String.join(", ", handlers)
                            + "); a probe takes exactly one", "keep one handler and remove the others");
                }
            }
        }));
    }
}
