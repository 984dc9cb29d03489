package dev.kvet.rules.code.support;

import dev.kvet.check.Indexer;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Labels;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the cross-resource rules know of an object that declares a pod (a Pod, a workload, a PodTemplate) once its
 * tree is released: the pod's labels, the container ports that receive Service traffic, the objects the pod needs
 * by name, and how many replicas the object asks for.
 *
 * @param labels       the pod's labels
 * @param servingPorts the ports of its app containers and sidecars, in file order
 * @param references   every reference of its pod to another object, in file order
 * @param replicas     spec.replicas when it is an integer, else null
 */
public record PodFacts(Map<String, String> labels, List<ContainerPort> servingPorts,
                       List<PodReferences.Reference> references, IntOrString replicas) {

    /** Takes the facts of every object that declares a pod. */
    public static final Indexer<PodFacts> INDEXER = object -> PodTemplate.of(object)
            .map(pod -> new PodFacts(Labels.of(pod.labels()), servingPorts(pod),
                    List.copyOf(PodReferences.of(pod)), replicas(object)))
            .orElse(null);

    private static final JsonPointer REPLICAS = JsonPointer.of("spec", "replicas");

    private static IntOrString replicas(KubeObject object) {
        return IntOrString.of(object.node(REPLICAS)).filter(IntOrString::isNumber).orElse(null);
    }

    /** The ports of the containers that receive Service traffic: app containers and sidecars. */
    private static List<ContainerPort> servingPorts(PodTemplate pod) {
        List<Container> containers = new ArrayList<>(pod.containers(ContainerKind.APP));
        pod.containers(ContainerKind.INIT).stream().filter(Container::isSidecar).forEach(containers::add);
        return containers.stream().flatMap(container -> ContainerPort.of(container).stream()).toList();
    }
}
