package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Alternatives;
import dev.kvet.rules.code.support.ContainerPort;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.object.LabelSelector;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.ServicePort;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service's targetPort must be a port of the pods it selects: a named targetPort must name a container port
 * (else the endpoints never get that port), and a numbered one should be among the declared containerPorts when the
 * pods declare any. Pods that declare no ports at all leave a numbered targetPort unchecked.
 */
public final class ServiceTargetPort implements CodeRule {

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Service").forEach(service -> {
            if (!(service.node(ServiceSelector.SELECTOR) instanceof YamlMap map) || map.entries().isEmpty()) {
                return;
            }
            List<PodTemplate> pods = SelectedPods.of(manifests, service, LabelSelector.ofMap(map));
            List<ContainerPort> ports = new ArrayList<>();
            pods.forEach(pod -> servingContainers(pod).forEach(container -> ports.addAll(ContainerPort.of(container))));
            if (pods.isEmpty()) {
                return;
            }
            for (ServicePort port : ServicePort.of(service)) {
                IntOrString target = port.effectiveTargetPort();
                if (target == null || ports.stream().anyMatch(candidate -> candidate.answers(target))) {
                    continue;
                }
                if (target.isNumber() && ports.isEmpty()) {
                    continue;
                }
                report(service, port, target, pods, ports, findings);
            }
        });
    }

    private static void report(KubeObject service, ServicePort port, IntOrString target, List<PodTemplate> pods,
                               List<ContainerPort> ports, RuleFindings findings) {
        List<String> exposed = ContainerPort.identities(ports, target.isNumber());
        PodTemplate first = pods.get(0);
        String podsText = pods.size() == 1 ? first.owner().kind() + " \"" + first.owner().name() + "\""
                : pods.size() + " selected workloads";
        String exposedText = exposed.isEmpty() ? (target.isNumber() ? "declares no ports" : "has no named ports")
                : (target.isNumber() ? "exposes " : "has port names ") + String.join(", ", exposed);
        String what = target.isNumber() ? "containerPort" : "container port name";
        String addition = target.isNumber() ? "add containerPort " + target + " to the container"
                : "name a container port " + target;
        findings.atValue(service, port.pointer(port.targetPort() == null ? "port" : "targetPort"),
                "targetPort " + target + " matches no " + what + " of the pods this Service selects ("
                        + podsText + " " + exposedText + ")",
                exposed.isEmpty() ? addition + ", or use a port number"
                        : "set targetPort to " + Alternatives.of(exposed) + ", or " + addition);
    }

    /** The containers that receive Service traffic: app containers and sidecars. */
    private static List<Container> servingContainers(PodTemplate pod) {
        List<Container> containers = new ArrayList<>(pod.containers(ContainerKind.APP));
        pod.containers(ContainerKind.INIT).stream().filter(Container::isSidecar).forEach(containers::add);
        return containers;
    }
}
