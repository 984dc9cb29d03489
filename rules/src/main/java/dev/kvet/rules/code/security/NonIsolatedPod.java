package dev.kvet.rules.code.security;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Namespaces;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import dev.kvet.rules.code.support.SelectorFacts;
import dev.kvet.workload.PodTemplate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Pod or workload whose pods no NetworkPolicy of the files selects accepts traffic from anywhere and sends it
 * anywhere: a compromised pod elsewhere in the cluster reaches it freely.
 */
public final class NonIsolatedPod implements CodeRule {

    /**
     * Where the pod's labels are written (else their deepest written parent), for every object that runs pods a
     * NetworkPolicy can isolate: not a PodTemplate, which runs nothing, and not a hostNetwork pod, which policies
     * do not apply to.
     */
    private static final Indexer<Place> ISOLATABLE = object -> PodTemplate.of(object)
            .filter(pod -> !"PodTemplate".equals(object.kind()) && !pod.hostNetwork())
            .map(pod -> object.keyPlace(pod.metadataPointer().child("labels")))
            .orElse(null);

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(ISOLATABLE, SelectorFacts.INDEXER, PodFacts.INDEXER);
    }

    /** No: the policy that selects a pod may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        Set<IndexedObject> isolated = SelectedPods.selectedByAny(manifests, "NetworkPolicy");
        Set<String> withPolicies = new HashSet<>();
        manifests.ofKind("NetworkPolicy").forEach(policy -> withPolicies.add(Namespaces.of(policy)));
        for (IndexedObject object : manifests.objects()) {
            Place labels = object.fact(ISOLATABLE);
            if (labels != null && !isolated.contains(object)) {
                report(object, labels, withPolicies.contains(Namespaces.of(object)), findings);
            }
        }
    }

    private static void report(IndexedObject object, Place labels, boolean namespaceHasPolicies,
                               RuleFindings findings) {
        String namespace = Namespaces.of(object);
        boolean pod = "Pod".equals(object.kind());
        findings.at(object, labels, "no NetworkPolicy selects " + (pod ? "" : "the pods of ") + object.kind() + " \""
                        + object.name() + "\", so " + (pod ? "it accepts" : "they accept")
                        + " connections from any pod of the cluster" + (namespaceHasPolicies ? ""
                        : " (namespace \"" + namespace + "\" has no NetworkPolicy in the checked files)"),
                "add a NetworkPolicy in namespace \"" + namespace + "\" whose podSelector matches these labels, or a "
                        + "default-deny policy (podSelector: {}) with policies for the traffic they need");
    }
}
