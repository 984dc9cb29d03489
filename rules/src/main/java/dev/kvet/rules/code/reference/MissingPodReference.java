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
import java.util.Set;

/**
 * Reports pods that need an object of one kind (a ConfigMap, Secret, PersistentVolumeClaim or ServiceAccount) that
 * is not among the checked files. Such objects are often created apart from the manifests, so the finding says how
 * to declare them present; references to objects declared present, and those marked {@code optional: true}, are
 * left alone.
 */
abstract class MissingPodReference implements CodeRule {

    private final String kind;

    MissingPodReference(String kind) {
        this.kind = kind;
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
                        && NamedObjects.inNamespaceOf(manifests, object, kind, reference.name()).isEmpty()) {
                    findings.at(object, reference.nameAt(), NamedObjects.notInFiles(kind, reference.name()),
                            NamedObjects.mayBeInCluster(kind, reference.name()));
                }
            }
        }
    }
}
