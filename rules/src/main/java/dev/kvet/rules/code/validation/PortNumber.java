package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.rules.code.support.ServicePort;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.math.BigInteger;

/**
 * Port numbers must be between 1 and 65535: containerPort, hostPort, probe ports, a Service's port and targetPort.
 * A hostPort or targetPort of 0 means "not set" and is accepted. nodePort has its own rule.
 */
public final class PortNumber implements CodeRule {

    private static final BigInteger MAX = BigInteger.valueOf(65535);

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container -> containers(object, container,
                findings)));
        for (ServicePort port : ServicePort.of(object)) {
            check(object, port.pointer("port"), "port", false, findings);
            check(object, port.pointer("targetPort"), "targetPort", true, findings);
        }
    }

    private static void containers(KubeObject object, Container container, RuleFindings findings) {
        YamlList ports = container.node().list("ports");
        for (int i = 0; ports != null && i < ports.size(); i++) {
            if (ports.get(i) instanceof YamlMap) {
                JsonPointer at = container.pointer("ports").child(i);
                check(object, at.child("containerPort"), "containerPort", false, findings);
                check(object, at.child("hostPort"), "hostPort", true, findings);
            }
        }
        for (Probe probe : Probe.of(container)) {
            probe.portPointer().ifPresent(at -> check(object, at, probe.field() + " port", false, findings));
        }
    }

    private static void check(KubeObject object, JsonPointer at, String what, boolean zeroMeansUnset,
                              RuleFindings findings) {
        IntOrString.of(object.node(at)).filter(IntOrString::isNumber).ifPresent(port -> {
            BigInteger number = port.number();
            if (zeroMeansUnset && number.signum() == 0) {
                return;
            }
            if (number.signum() <= 0 || number.compareTo(MAX) > 0) {
                findings.atValue(object, at, what + " " + number + " is not a port number: ports go from 1 to 65535",
                        "use a port between 1 and 65535; ports below 1024 need privileges in the container");
            }
        });
    }
}
