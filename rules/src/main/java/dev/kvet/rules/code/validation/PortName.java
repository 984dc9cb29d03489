package dev.kvet.rules.code.validation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerPort;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.NameSyntax;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.rules.code.support.ServicePort;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;

/**
 * Port names must have the API server's syntax: IANA service names (at most 15 characters, lowercase letters,
 * digits and single inner '-', at least one letter) for container ports and for ports referred to by name
 * (targetPort, probes); DNS-1123 labels for Service ports.
 */
public final class PortName implements CodeRule {

    private static final String IANA_NAME = "at most 15 lowercase letters, digits and '-', with at least one letter, "
            + "e.g. http or metrics-9090";

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container -> container(object, container,
                findings)));
        for (ServicePort port : ServicePort.of(object)) {
            String name = port.name();
            if (name != null && !name.isEmpty() && NameSyntax.dns1123Label(name) != null) {
                findings.atValue(object, port.pointer("name"), "Service port name \"" + name + "\" is invalid: it "
                        + NameSyntax.dns1123Label(name), "use lowercase letters, digits and '-', e.g. http");
            }
            reference(object, port.pointer("targetPort"), "targetPort", findings);
        }
    }

    private static void container(KubeObject object, Container container, RuleFindings findings) {
        for (ContainerPort port : ContainerPort.of(container)) {
            if (port.name() != null && NameSyntax.portName(port.name()) != null) {
                findings.atValue(object, port.pointer().child("name"), "port name \"" + port.name()
                        + "\" is invalid: it " + NameSyntax.portName(port.name()), "a port name has " + IANA_NAME);
            }
        }
        for (Probe probe : Probe.of(container)) {
            probe.portPointer().ifPresent(at -> reference(object, at, probe.field() + " port", findings));
        }
    }

    private static void reference(KubeObject object, JsonPointer at, String what, RuleFindings findings) {
        IntOrString.of(object.node(at)).filter(port -> !port.isNumber()).ifPresent(port -> {
            String problem = NameSyntax.portName(port.name());
            if (problem != null) {
                findings.atValue(object, at, what + " \"" + port.name() + "\" is neither a port number nor a valid "
                        + "port name: it " + problem, "write a number without quotes, or a port name of " + IANA_NAME);
            }
        });
    }
}
