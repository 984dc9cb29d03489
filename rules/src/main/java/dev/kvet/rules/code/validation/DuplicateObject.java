package dev.kvet.rules.code.validation;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.finding.ObjectRef;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two objects of one API group, kind, namespace and name in one folder: {@code kubectl apply -f FOLDER} applies
 * both, and the later one silently replaces the earlier. Folders apart are left alone, since a folder per
 * environment declares the same objects on purpose. The patch files a kustomization names are no objects of the
 * run at all (the source stage reads them as kustomize's input).
 */
public final class DuplicateObject implements CodeRule {

    /** An object's identity in the cluster, with the folder whose apply would send it. */
    private record Identity(String folder, String group, String kind, String namespace, String name) {

        // Written out, as in NamedObjects: a record's generated equals and hashCode cost a cold start to link.
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && Objects.equals(folder, identity.folder)
                    && group.equals(identity.group) && kind.equals(identity.kind)
                    && Objects.equals(namespace, identity.namespace) && name.equals(identity.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(folder, group, kind, namespace, name);
        }
    }

    /** What the rule keeps of a named object: its API group and where its name is written. */
    private record Declared(String group, Place nameAt) {
    }

    private static final JsonPointer NAME = JsonPointer.of("metadata", "name");
    private static final Indexer<Declared> DECLARED = object -> object.kind() == null || object.name() == null
            || object.name().isEmpty() ? null : new Declared(object.group(), object.valuePlace(NAME));

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(DECLARED);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        Map<Identity, List<IndexedObject>> seen = new HashMap<>();
        for (IndexedObject object : manifests.objects()) {
            Declared declared = object.fact(DECLARED);
            if (declared == null) {
                continue;
            }
            // An empty namespace is no namespace: the apply's namespace, as for an absent one.
            String namespace = object.namespace() == null || object.namespace().isEmpty() ? null : object.namespace();
            List<IndexedObject> earlier = seen.computeIfAbsent(new Identity(folder(object.file()), declared.group(),
                    object.kind(), namespace, object.name()), identity -> new ArrayList<>());
            earlier.add(object);
            if (earlier.size() > 1) {
                IndexedObject first = earlier.get(0);
                String who = new ObjectRef(object.apiVersion(), object.kind(), namespace, object.name()).display();
                findings.at(object, declared.nameAt(), who + " is declared "
                                + (earlier.size() == 2 ? "twice" : earlier.size() + " times") + ": also at "
                                + first.file() + ":" + first.fact(DECLARED).nameAt().span().line()
                                + "; kubectl apply keeps only the last one",
                        "rename one of them if both are meant to exist, otherwise remove this one");
            }
        }
    }

    private static String folder(String file) {
        return Objects.toString(Path.of(file).getParent(), "");
    }
}
