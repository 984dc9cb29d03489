package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import dev.kvet.workload.PodTemplate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Two containers of a pod cannot bind the same hostPort, protocol and hostIP (checkHostPortConflicts). */
public final class HostPortUnique implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> {
            Set<String> seen = new HashSet<>();
            for (Container container : pod.containers(ContainerKind.APP)) {
                YamlList ports = container.node().list("ports");
                for (int i = 0; ports != null && i < ports.size(); i++) {
                    if (!(ports.get(i) instanceof YamlMap port)) {
                        continue;
                    }
                    IntOrString hostPort = IntOrString.of(port.get("hostPort")).filter(IntOrString::isNumber)
                            .orElse(null);
                    if (hostPort == null || hostPort.number().signum() == 0) {
                        continue;
                    }
                    String protocol = Objects.requireNonNullElse(port.string("protocol"), "TCP");
                    String hostIp = Objects.requireNonNullElse(port.string("hostIP"), "");
                    String key = hostIp + "/" + protocol + "/" + hostPort;
                    if (!seen.add(key)) {
                        findings.atValue(object, container.pointer("ports").child(i).child("hostPort"), "hostPort "
                                + hostPort + "/" + protocol + " is already bound by another port of this pod",
                                "use a different hostPort, or drop hostPort and reach the pod through a Service");
                    }
                }
            }
        });
    }
}
