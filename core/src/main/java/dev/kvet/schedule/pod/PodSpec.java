package dev.kvet.schedule.pod;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Labels;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.yaml.Quantities;
import dev.kvet.schedule.yaml.Scalars;
import dev.kvet.workload.Container;
import dev.kvet.workload.ContainerKind;
import dev.kvet.workload.PodTemplate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the scheduler reads from a pod spec; shared by all pods of a workload.
 *
 * @param template              where the spec is written, for findings
 * @param labels                the pod's labels
 * @param nodeName              spec.nodeName, or null
 * @param nodeSelector          spec.nodeSelector
 * @param requiredNodeTerms     required node affinity terms (ORed), or null when there are none
 * @param preferredNodeTerms    preferred node affinity terms
 * @param tolerations           spec.tolerations
 * @param resources             requests, limits and QoS class
 * @param hostPorts             host ports of all containers
 * @param spreadConstraints     spec.topologySpreadConstraints
 * @param defaultSpread         the system default soft spreading (hostname, zone) for pods of a controller,
 *                              empty when the pod has constraints of its own or no controller
 * @param affinity              pod affinity and anti-affinity
 * @param priorityClassName     spec.priorityClassName, or null
 */
public record PodSpec(PodTemplate template, Map<String, String> labels, String nodeName,
                      Map<String, String> nodeSelector, List<NodeSelectorTerm> requiredNodeTerms,
                      List<PreferredNodeTerm> preferredNodeTerms, List<Toleration> tolerations,
                      PodResources resources, List<HostPort> hostPorts,
                      List<TopologySpreadConstraint> spreadConstraints, List<TopologySpreadConstraint> defaultSpread,
                      PodAffinity affinity, String priorityClassName) {

    /** The zone label, one of the default spreading domains. */
    public static final String ZONE_LABEL = "topology.kubernetes.io/zone";

    /**
     * A preferred node affinity term.
     *
     * @param weight 1 to 100
     * @param term   the preference
     */
    public record PreferredNodeTerm(int weight, NodeSelectorTerm term) {
    }

    /**
     * Pod affinity and anti-affinity terms.
     *
     * @param required          required affinity terms
     * @param requiredAnti      required anti-affinity terms
     * @param preferred         preferred affinity terms, with weights
     * @param preferredAnti     preferred anti-affinity terms, with weights
     */
    public record PodAffinity(List<PodAffinityTerm> required, List<PodAffinityTerm> requiredAnti,
                              List<PodAffinityTerm> preferred, List<PodAffinityTerm> preferredAnti) {

        /** No pod affinity at all. */
        public static final PodAffinity NONE = new PodAffinity(List.of(), List.of(), List.of(), List.of());

        /** Whether any term is present. */
        public boolean isEmpty() {
            return required.isEmpty() && requiredAnti.isEmpty() && preferred.isEmpty() && preferredAnti.isEmpty();
        }
    }

    public PodSpec {
        labels = Map.copyOf(labels);
        nodeSelector = Map.copyOf(nodeSelector);
        requiredNodeTerms = requiredNodeTerms == null ? null : List.copyOf(requiredNodeTerms);
        preferredNodeTerms = List.copyOf(preferredNodeTerms);
        tolerations = List.copyOf(tolerations);
        hostPorts = List.copyOf(hostPorts);
        spreadConstraints = List.copyOf(spreadConstraints);
        defaultSpread = List.copyOf(defaultSpread);
    }

    /**
     * Reads the spec of a workload's pod template.
     *
     * @param template       the template
     * @param namespace      the namespace the pods run in
     * @param controllerSelector the selector of the owning controller, for default spreading; null for none
     * @param quantities     reads resource amounts, reporting bad ones
     */
    public static PodSpec of(PodTemplate template, String namespace, LabelSelector controllerSelector,
                             Quantities quantities) {
        YamlMap spec = template.spec() == null ? emptyMap(template) : template.spec();
        Map<String, String> labels = Labels.of(template.labels());
        YamlMap nodeAffinity = path(spec, "affinity", "nodeAffinity");
        List<NodeSelectorTerm> required = null;
        YamlMap requiredSelector = nodeAffinity == null ? null
                : nodeAffinity.map("requiredDuringSchedulingIgnoredDuringExecution");
        if (requiredSelector != null) {
            required = maps(requiredSelector.list("nodeSelectorTerms"), NodeSelectorTerm::of);
        }
        List<PreferredNodeTerm> preferred = nodeAffinity == null ? List.of()
                : weighted(nodeAffinity.list("preferredDuringSchedulingIgnoredDuringExecution"), "preference",
                        (map, weight) -> new PreferredNodeTerm(weight, NodeSelectorTerm.of(map)));
        List<TopologySpreadConstraint> spread = maps(spec.list("topologySpreadConstraints"),
                map -> TopologySpreadConstraint.of(map, labels));
        List<TopologySpreadConstraint> defaults = spread.isEmpty() && controllerSelector != null
                ? List.of(new TopologySpreadConstraint(3, Node.HOSTNAME_LABEL, false,
                        controllerSelector, 1, true),
                        new TopologySpreadConstraint(5, ZONE_LABEL, false, controllerSelector, 1, true))
                : List.of();
        return new PodSpec(template, labels, Scalars.text(spec, "nodeName"), Labels.of(spec.map("nodeSelector")),
                required, preferred, tolerations(spec), PodResources.of(template, quantities), hostPorts(template),
                spread, defaults, affinity(spec, namespace), Scalars.text(spec, "priorityClassName"));
    }

    /** The same spec pinned to one node and with extra tolerations, as the DaemonSet controller makes its pods. */
    public PodSpec forDaemonNode(String node, List<Toleration> extraTolerations) {
        List<Toleration> all = new ArrayList<>(tolerations);
        all.addAll(extraTolerations);
        return new PodSpec(template, labels, nodeName, nodeSelector, List.of(NodeSelectorTerm.nodeName(node)),
                preferredNodeTerms, all, resources, hostPorts, spreadConstraints, defaultSpread, affinity,
                priorityClassName);
    }

    /** The same spec as RuntimeClass admission leaves it: this nodeSelector, more tolerations, these resources. */
    public PodSpec withRuntimeClass(Map<String, String> mergedNodeSelector, List<Toleration> extraTolerations,
                                    PodResources admittedResources) {
        List<Toleration> all = new ArrayList<>(tolerations);
        all.addAll(extraTolerations);
        return new PodSpec(template, labels, nodeName, mergedNodeSelector, requiredNodeTerms, preferredNodeTerms, all,
                admittedResources, hostPorts, spreadConstraints, defaultSpread, affinity, priorityClassName);
    }

    /** The same spec with other tolerations added (for the DaemonSet controller's eligibility check). */
    public PodSpec withTolerations(List<Toleration> extraTolerations) {
        List<Toleration> all = new ArrayList<>(tolerations);
        all.addAll(extraTolerations);
        return new PodSpec(template, labels, nodeName, nodeSelector, requiredNodeTerms, preferredNodeTerms, all,
                resources, hostPorts, spreadConstraints, defaultSpread, affinity, priorityClassName);
    }

    /** Whether nodeSelector or required node affinity narrows the nodes the pod can go to. */
    public boolean restrictsNodes() {
        return !nodeSelector.isEmpty() || requiredNodeTerms != null;
    }

    /**
     * The nodes NodeAffinity's PreFilter narrows the pod to, as the DaemonSet controller pins its pods: when every
     * required term has {@code metadata.name In} requirements, the names they all allow in a term, united over the
     * terms; null when any node may do. An empty set means the terms conflict.
     */
    public Set<String> affinityNodeNames() {
        if (requiredNodeTerms == null || requiredNodeTerms.isEmpty()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (NodeSelectorTerm term : requiredNodeTerms) {
            Set<String> termNames = null;
            for (NodeSelectorTerm.Requirement field : term.matchFields()) {
                if ("metadata.name".equals(field.key()) && "In".equals(field.operator())) {
                    if (termNames == null) {
                        termNames = new HashSet<>(field.values());
                    } else {
                        termNames.retainAll(field.values());
                    }
                }
            }
            if (termNames == null) {
                return null;
            }
            names.addAll(termNames);
        }
        return names;
    }

    /** Whether the spec asks for host networking. */
    public boolean hostNetwork() {
        return template.hostNetwork();
    }

    private static YamlMap emptyMap(PodTemplate template) {
        return new YamlMap(List.of(), template.owner().root().span(), 1);
    }

    private static YamlMap path(YamlMap map, String... keys) {
        YamlMap current = map;
        for (String key : keys) {
            current = current == null ? null : current.map(key);
        }
        return current;
    }

    private static <T> List<T> maps(YamlList list, Function<YamlMap, T> reader) {
        List<T> items = new ArrayList<>();
        if (list != null) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMap map) {
                    items.add(reader.apply(map));
                }
            }
        }
        return items;
    }

    private static <T> List<T> weighted(YamlList list, String termKey, BiFunction<YamlMap, Integer, T> reader) {
        List<T> items = new ArrayList<>();
        if (list != null) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMap map && map.map(termKey) != null) {
                    items.add(reader.apply(map.map(termKey), weight(map)));
                }
            }
        }
        return items;
    }

    private static int weight(YamlMap map) {
        return map.get("weight") instanceof YamlScalar scalar && scalar.value().value() instanceof BigInteger value
                && value.bitLength() < 31 ? value.intValue() : 0;
    }

    /** The tolerations listed under the map's {@code tolerations} key (a pod spec, or a RuntimeClass's scheduling). */
    static List<Toleration> tolerations(YamlMap spec) {
        return maps(spec.list("tolerations"), map -> new Toleration(Scalars.text(map, "key"),
                Scalars.text(map, "operator"), Scalars.text(map, "value"), Scalars.text(map, "effect")));
    }

    private static List<HostPort> hostPorts(PodTemplate template) {
        List<HostPort> ports = new ArrayList<>();
        for (ContainerKind kind : List.of(ContainerKind.INIT, ContainerKind.APP)) {
            for (Container container : template.containers(kind)) {
                for (YamlMap port : maps(container.node().list("ports"), Function.identity())) {
                    if (port.get("hostPort") instanceof YamlScalar scalar
                            && scalar.value().value() instanceof BigInteger number
                            && number.signum() > 0 && number.bitLength() < 31) {
                        ports.add(new HostPort(Scalars.text(port, "hostIP"), Scalars.text(port, "protocol"),
                                number.intValue()));
                    }
                }
            }
        }
        return ports;
    }

    private static PodAffinity affinity(YamlMap spec, String namespace) {
        YamlMap affinity = spec.map("affinity");
        if (affinity == null) {
            return PodAffinity.NONE;
        }
        YamlMap pod = affinity.map("podAffinity");
        YamlMap anti = affinity.map("podAntiAffinity");
        return new PodAffinity(required(pod, namespace), required(anti, namespace), preferred(pod, namespace),
                preferred(anti, namespace));
    }

    private static List<PodAffinityTerm> required(YamlMap map, String namespace) {
        return map == null ? List.of() : maps(map.list("requiredDuringSchedulingIgnoredDuringExecution"),
                term -> PodAffinityTerm.of(term, namespace, 0));
    }

    private static List<PodAffinityTerm> preferred(YamlMap map, String namespace) {
        return map == null ? List.of() : weighted(map.list("preferredDuringSchedulingIgnoredDuringExecution"),
                "podAffinityTerm", (term, weight) -> PodAffinityTerm.of(term, namespace, weight));
    }

    /** Where the pod spec's field is, relative to the workload. */
    public JsonPointer pointer(String field) {
        return template.specField(field);
    }

    /** The workload that declares the pod. */
    public KubeObject workload() {
        return template.owner();
    }
}
