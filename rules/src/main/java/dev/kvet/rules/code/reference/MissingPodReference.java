package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.PodReferences;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports pods that need an object of one kind (a ConfigMap, Secret, PersistentVolumeClaim, ServiceAccount or
 * PriorityClass) that is not among the checked files. Such objects are often created apart from the manifests, so the finding says how
 * to declare them present; references to objects declared present, and those marked {@code optional: true}, are
 * left alone.
 */
abstract class MissingPodReference implements CodeRule {

    private final String kind;
    private final boolean clusterScoped;

    /** The rule for a kind that lives in the pod's namespace. */
    MissingPodReference(String kind) {
        this(kind, false);
    }

    /** The rule for a kind that lives in the pod's namespace, or in none when {@code clusterScoped}. */
    MissingPodReference(String kind, boolean clusterScoped) {
        this.kind = kind;
        this.clusterScoped = clusterScoped;
    }

    @Override
    public final List<Indexer<?>> indexers() {
        return List.of(PodFacts.INDEXER);
    }

    @Override
    public final void checkAll(Manifests manifests, RuleFindings findings) {
        for (IndexedObject object : manifests.objects()) {
            PodFacts pod = object.fact(PodFacts.INDEXER);
            if (pod == null) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            for (PodReferences.Reference reference : pod.references()) {
                if (reference.kind().equals(kind) && !reference.optional()
                        && reported.add(reference.nameAt().pointer().toString())
                        && !findings.assumedPresent(kind, reference.name())
                        && find(manifests, object, reference.name()).isEmpty()) {
                    findings.at(object, reference.nameAt(), NamedObjects.notInFiles(kind, reference.name()),
                            NamedObjects.mayBeInCluster(kind, reference.name()));
                }
            }
        }
    }

    private Optional<IndexedObject> find(Manifests manifests, IndexedObject from, String name) {
        return clusterScoped ? NamedObjects.clusterScoped(manifests, kind, name)
                : NamedObjects.inNamespaceOf(manifests, from, kind, name);
    }
}
