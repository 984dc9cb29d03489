package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.PodReferences;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reports pods that use a key of a ConfigMap or Secret that is among the checked files but has no such key: the pod
 * would not start (or the projected file would be missing). Optional references are left alone.
 */
abstract class MissingKey implements CodeRule {

    private final String kind;
    /** The keys of each object of the kind, in order. */
    private final Indexer<Set<String>> keys;

    MissingKey(String kind, List<String> dataFields) {
        this.kind = kind;
        this.keys = object -> {
            if (!kind.equals(object.kind())) {
                return null;
            }
            TreeSet<String> keys = new TreeSet<>();
            for (String field : dataFields) {
                YamlMap data = object.root().map(field);
                if (data != null) {
                    keys.addAll(data.entries().keySet());
                }
            }
            return keys;
        };
    }

    @Override
    public final List<Indexer<?>> indexers() {
        return List.of(PodFacts.INDEXER, keys);
    }

    @Override
    public final void checkAll(Manifests manifests, RuleFindings findings) {
        for (IndexedObject object : manifests.objects()) {
            PodFacts pod = object.fact(PodFacts.INDEXER);
            for (PodReferences.Reference reference : pod == null ? List.<PodReferences.Reference>of()
                    : pod.references()) {
                if (reference.kind().equals(kind) && reference.key() != null && !reference.optional()) {
                    NamedObjects.inNamespaceOf(manifests, object, kind, reference.name())
                            .ifPresent(target -> check(object, reference, target.fact(keys), findings));
                }
            }
        }
    }

    private void check(IndexedObject object, PodReferences.Reference reference, Set<String> keys,
                       RuleFindings findings) {
        if (!keys.contains(reference.key())) {
            findings.at(object, reference.keyAt(), kind + " \"" + reference.name() + "\" has no key \""
                    + reference.key() + "\" (its keys: " + (keys.isEmpty() ? "none" : String.join(", ", keys)) + ")",
                    "use one of its keys, add the key to the " + kind + ", or mark the reference optional: true");
        }
    }
}
