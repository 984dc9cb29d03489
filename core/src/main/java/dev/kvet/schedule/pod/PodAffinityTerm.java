package dev.kvet.schedule.pod;

import dev.kvet.object.Labels;
import dev.kvet.document.YamlMap;
import dev.kvet.object.LabelSelector;
import dev.kvet.schedule.yaml.Scalars;
import java.util.List;
import java.util.Set;

/**
 * One pod affinity or anti-affinity term: the pods its selector picks, in its namespaces, define the topology
 * domains (by {@code topologyKey}) the pod must, or must not, share.
 *
 * @param selector      labelSelector
 * @param namespaces    the namespaces to look in; empty means the pod's own
 * @param allNamespaces whether {@code namespaceSelector: {}} selects every namespace
 * @param topologyKey   the node label that defines a domain
 * @param weight        the weight of a preferred term, 0 for a required one
 */
public record PodAffinityTerm(LabelSelector selector, Set<String> namespaces, boolean allNamespaces,
                              String topologyKey, int weight) {

    public PodAffinityTerm {
        namespaces = Set.copyOf(namespaces);
    }

    /** Reads a term map; {@code ownNamespace} is the namespace of the pod that declares it. */
    public static PodAffinityTerm of(YamlMap map, String ownNamespace, int weight) {
        List<String> listed = Labels.values(map.list("namespaces"));
        YamlMap namespaceSelector = map.map("namespaceSelector");
        boolean all = namespaceSelector != null && namespaceSelector.entries().isEmpty();
        Set<String> namespaces = listed.isEmpty() && namespaceSelector == null ? Set.of(ownNamespace) : Set.copyOf(listed);
        return new PodAffinityTerm(LabelSelector.of(map.map("labelSelector")), namespaces, all,
                String.valueOf(Scalars.text(map, "topologyKey")), weight);
    }

    /** Whether the term selects a pod. */
    public boolean selects(Pod pod) {
        return (allNamespaces || namespaces.contains(pod.namespace())) && selector.matches(pod.labels());
    }
}
