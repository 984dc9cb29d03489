package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.PodReferences;
import java.util.List;
import java.util.TreeSet;

/**
 * Reports pods that use a key of a ConfigMap or Secret that is among the checked files but has no such key: the pod
 * would not start (or the projected file would be missing). Optional references are left alone.
 */
abstract class MissingKey implements CodeRule {

    private final String kind;
    private final List<String> dataFields;

    MissingKey(String kind, List<String> dataFields) {
        this.kind = kind;
        this.dataFields = List.copyOf(dataFields);
    }

    @Override
    public final void checkAll(Manifests manifests, RuleFindings findings) {
        for (PodReferences.Referrer referrer : PodReferences.in(manifests)) {
            KubeObject object = referrer.object();
            for (PodReferences.Reference reference : referrer.references()) {
                if (reference.kind().equals(kind) && reference.key() != null && !reference.optional()) {
                    NamedObjects.inNamespaceOf(manifests, object, kind, reference.name())
                            .ifPresent(target -> check(object, reference, target, findings));
                }
            }
        }
    }

    private void check(KubeObject object, PodReferences.Reference reference, KubeObject target,
                       RuleFindings findings) {
        TreeSet<String> keys = new TreeSet<>();
        for (String field : dataFields) {
            YamlMap data = target.root().map(field);
            if (data != null) {
                keys.addAll(data.entries().keySet());
            }
        }
        if (!keys.contains(reference.key())) {
            findings.atValue(object, reference.keyPointer(), kind + " \"" + reference.name() + "\" has no key \""
                    + reference.key() + "\" (its keys: " + (keys.isEmpty() ? "none" : String.join(", ", keys)) + ")",
                    "use one of its keys, add the key to the " + kind + ", or mark the reference optional: true");
        }
    }
}
