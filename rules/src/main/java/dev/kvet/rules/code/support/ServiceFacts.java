package dev.kvet.rules.code.support;

import dev.kvet.check.Indexer;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Place;
import java.util.List;

/**
 * What the cross-resource rules know of a Service once its tree is released.
 *
 * @param selector   its pod selector, or null when spec.selector is not a map
 * @param selectorAt where spec.selector is written
 * @param ports      its ports in order, each with where its target port is written
 * @param headless   whether it has no cluster IP (clusterIP: None)
 */
public record ServiceFacts(LabelSelector selector, Place selectorAt, List<Port> ports, boolean headless) {

    /**
     * One port of the Service.
     *
     * @param port     the port
     * @param targetAt where its targetPort is written, or its port when targetPort is omitted
     */
    public record Port(ServicePort port, Place targetAt) {
    }

    /** Where a Service's selector is written. */
    public static final JsonPointer SELECTOR = JsonPointer.of("spec", "selector");
    private static final JsonPointer CLUSTER_IP = JsonPointer.of("spec", "clusterIP");

    /** Takes the facts of every Service. */
    public static final Indexer<ServiceFacts> INDEXER = service -> {
        if (!"Service".equals(service.kind())) {
            return null;
        }
        LabelSelector selector = service.node(SELECTOR) instanceof YamlMap map ? LabelSelector.ofMap(map) : null;
        List<Port> ports = ServicePort.of(service).stream()
                .map(port -> new Port(port, service.valuePlace(port.pointer(port.targetPort() == null ? "port"
                        : "targetPort"))))
                .toList();
        boolean headless = service.node(CLUSTER_IP) instanceof YamlScalar clusterIp && "None".equals(clusterIp.text());
        return new ServiceFacts(selector, service.keyPlace(SELECTOR), ports, headless);
    };
}
