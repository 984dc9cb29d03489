package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Alternatives;
import dev.kvet.rules.code.support.ContainerPort;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.ServiceFacts;
import java.util.List;

/**
 * A Service's targetPort must be a port of the pods it selects: a named targetPort must name a container port
 * (else the endpoints never get that port), and a numbered one should be among the declared containerPorts when the
 * pods declare any. Pods that declare no ports at all leave a numbered targetPort unchecked.
 */
public final class ServiceTargetPort implements CodeRule {

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(ServiceFacts.INDEXER, PodFacts.INDEXER);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("Service").forEach(service -> {
            ServiceFacts facts = service.fact(ServiceFacts.INDEXER);
            if (facts.selector() == null || facts.selector().isEmpty()) {
                return;
            }
            List<IndexedObject> pods = SelectedPods.of(manifests, service, facts.selector());
            if (pods.isEmpty()) {
                return;
            }
            List<ContainerPort> ports = pods.stream()
                    .flatMap(pod -> pod.fact(PodFacts.INDEXER).servingPorts().stream()).toList();
            for (ServiceFacts.Port port : facts.ports()) {
                IntOrString target = port.port().effectiveTargetPort();
                if (target == null || target.isMalformedPort()
                        || ports.stream().anyMatch(candidate -> candidate.answers(target))) {
                    continue;
                }
                if (target.isNumber() && ports.isEmpty()) {
                    continue;
                }
                report(service, port, target, pods, ports, findings);
            }
        });
    }

    private static void report(IndexedObject service, ServiceFacts.Port port, IntOrString target,
                               List<IndexedObject> pods, List<ContainerPort> ports, RuleFindings findings) {
        List<String> exposed = ContainerPort.identities(ports, target.isNumber());
        IndexedObject first = pods.get(0);
        String podsText = pods.size() == 1 ? first.kind() + " \"" + first.name() + "\""
                : pods.size() + " selected workloads";
        String exposedText = exposed.isEmpty() ? (target.isNumber() ? "declares no ports" : "has no named ports")
                : (target.isNumber() ? "exposes " : "has port names ") + String.join(", ", exposed);
        String what = target.isNumber() ? "containerPort" : "container port name";
        String addition = target.isNumber() ? "add containerPort " + target + " to the container"
                : "name a container port " + target;
        findings.at(service, port.targetAt(),
                "targetPort " + target + " matches no " + what + " of the pods this Service selects ("
                        + podsText + " " + exposedText + ")",
                exposed.isEmpty() ? addition + ", or use a port number"
                        : "set targetPort to " + Alternatives.of(exposed) + ", or " + addition);
    }
}
