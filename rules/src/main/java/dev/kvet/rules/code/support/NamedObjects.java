package dev.kvet.rules.code.support;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Manifests;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Finds the object a reference names among the objects of the run, through an index built once per run. */
public final class NamedObjects {

    /** The index key of an object; a null namespace stands for cluster-wide lookups. */
    private record Key(String kind, String namespace, String name) {

        // Written out, as in RuleTarget: a record's generated equals and hashCode cost a cold start ~10 ms to link.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind.equals(key.kind) && Objects.equals(namespace, key.namespace)
                    && name.equals(key.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, namespace, name);
        }
    }

    private NamedObjects() {
    }

    /** The first object of a kind and name in the namespace of {@code from}. */
    public static Optional<IndexedObject> inNamespaceOf(Manifests manifests, IndexedObject from, String kind,
                                                        String name) {
        return inNamespace(manifests, Namespaces.of(from), kind, name);
    }

    /** The first object of a kind and name in a namespace. */
    public static Optional<IndexedObject> inNamespace(Manifests manifests, String namespace, String kind,
                                                      String name) {
        return Optional.ofNullable(index(manifests).get(new Key(kind, namespace, name)));
    }

    /** The first object of a cluster-scoped kind and name. */
    public static Optional<IndexedObject> clusterScoped(Manifests manifests, String kind, String name) {
        return Optional.ofNullable(index(manifests).get(new Key(kind, null, name)));
    }

    private static Map<Key, IndexedObject> index(Manifests manifests) {
        return manifests.derived(NamedObjects.class, all -> {
            Map<Key, IndexedObject> index = new HashMap<>();
            for (IndexedObject object : all.objects()) {
                if (object.kind() != null && object.name() != null) {
                    index.putIfAbsent(new Key(object.kind(), Namespaces.of(object), object.name()), object);
                    index.putIfAbsent(new Key(object.kind(), null, object.name()), object);
                }
            }
            return index;
        });
    }

    /** The message of a reference to an object that is not in the files. */
    public static String notInFiles(String kind, String name) {
        return kind + " \"" + name + "\" is not among the checked files";
    }

    /** The hint of a reference to an object that is not in the files but may be in the cluster. */
    public static String mayBeInCluster(String kind, String name) {
        return "if it exists in the cluster, add --assume-present " + kind + "/" + name
                + "; otherwise add it to the files or fix the name";
    }
}
