package dev.kvet.rules.code.support;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Manifests;
import dev.kvet.object.LabelSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pods of the run a selector picks: Pods and the pod templates of workloads, in the selector's namespace.
 * Rules that use it declare {@link PodFacts#INDEXER}.
 */
public final class SelectedPods {

    /** An object that declares a pod, with its pod's facts. */
    private record LabelledPod(IndexedObject owner, PodFacts pod) {
    }

    /**
     * The pods of one namespace in reading order: all of them, and those carrying each label pair, so that a
     * selector with matchLabels looks only at the pods that have one of its pairs instead of at every pod.
     */
    private record NamespacePods(List<LabelledPod> all, Map<Map.Entry<String, String>, List<LabelledPod>> byLabel) {

        void add(LabelledPod pod) {
            all.add(pod);
            pod.pod().labels().forEach((key, value) ->
                    byLabel.computeIfAbsent(Map.entry(key, value), pair -> new ArrayList<>()).add(pod));
        }

        /** The pods that may match: those with the selector's rarest matchLabels pair, else all. */
        List<LabelledPod> candidates(LabelSelector selector) {
            List<LabelledPod> fewest = all;
            for (Map.Entry<String, String> pair : selector.matchLabels().entrySet()) {
                List<LabelledPod> carrying = byLabel.getOrDefault(Map.entry(pair.getKey(), pair.getValue()), List.of());
                if (carrying.size() < fewest.size()) {
                    fewest = carrying;
                }
            }
            return fewest;
        }
    }

    private static final NamespacePods NO_PODS = new NamespacePods(List.of(), Map.of());

    private SelectedPods() {
    }

    /** The objects in {@code owner}'s namespace whose pods (or pod templates) the selector matches, in reading order. */
    public static List<IndexedObject> of(Manifests manifests, IndexedObject owner, LabelSelector selector) {
        return byNamespace(manifests).getOrDefault(Namespaces.of(owner), NO_PODS).candidates(selector).stream()
                .filter(pod -> selector.matches(pod.pod().labels()))
                .map(LabelledPod::owner)
                .toList();
    }

    /** Whether the files hold any Pod or workload in {@code owner}'s namespace. */
    public static boolean anyIn(Manifests manifests, IndexedObject owner) {
        return !byNamespace(manifests).getOrDefault(Namespaces.of(owner), NO_PODS).all().isEmpty();
    }

    /**
     * The objects whose pods at least one object of {@code kind} (a PodDisruptionBudget, a NetworkPolicy) selects
     * in its own namespace; rules that use it also declare {@link SelectorFacts#INDEXER}.
     */
    public static Set<IndexedObject> selectedByAny(Manifests manifests, String kind) {
        Set<IndexedObject> selected = new HashSet<>();
        manifests.ofKind(kind).forEach(object -> {
            SelectorFacts selector = object.fact(SelectorFacts.INDEXER);
            if (selector != null) {
                selected.addAll(of(manifests, object, selector.selector()));
            }
        });
        return selected;
    }

    /**
     * Whether a non-empty selector of {@code owner} reaches no pod: none of the files' pods in its namespace has the
     * labels, and no operator may make such pods there (an empty selector selects every pod).
     */
    public static boolean reachesNone(Manifests manifests, IndexedObject owner, LabelSelector selector) {
        return !selector.isEmpty() && of(manifests, owner, selector).isEmpty()
                && !operatorMayMakePods(manifests, owner);
    }

    /**
     * Whether {@code owner}'s namespace holds a custom resource: an operator may make pods from it (a Prometheus,
     * a Kafka cluster), with labels the files do not show, so a selector that matches no pod of the files proves
     * nothing there. A custom resource is an object of a group with a dot outside Kubernetes' own {@code k8s.io}.
     */
    private static boolean operatorMayMakePods(Manifests manifests, IndexedObject owner) {
        return manifests.derived(OperatorNamespaces.class, OperatorNamespaces::of).contains(Namespaces.of(owner));
    }

    /** The namespaces that hold a custom resource. */
    private static final class OperatorNamespaces {

        static Set<String> of(Manifests manifests) {
            Set<String> namespaces = new HashSet<>();
            for (IndexedObject object : manifests.objects()) {
                String group = object.group();
                if (group.contains(".") && !group.endsWith("k8s.io")) {
                    namespaces.add(Namespaces.of(object));
                }
            }
            return namespaces;
        }
    }

    private static Map<String, NamespacePods> byNamespace(Manifests manifests) {
        return manifests.derived(SelectedPods.class, SelectedPods::index);
    }

    private static Map<String, NamespacePods> index(Manifests manifests) {
        Map<String, NamespacePods> byNamespace = new HashMap<>();
        for (IndexedObject object : manifests.objects()) {
            PodFacts pod = object.fact(PodFacts.INDEXER);
            if (pod != null && !"PodTemplate".equals(object.kind())) {
                byNamespace.computeIfAbsent(Namespaces.of(object),
                                namespace -> new NamespacePods(new ArrayList<>(), new HashMap<>()))
                        .add(new LabelledPod(object, pod));
            }
        }
        return byNamespace;
    }
}
