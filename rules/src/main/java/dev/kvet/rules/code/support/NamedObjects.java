package dev.kvet.rules.code.support;

import dev.kvet.check.Manifests;
import dev.kvet.object.KubeObject;
import java.util.Optional;

/** Finds the object a reference names among the objects of the run. */
public final class NamedObjects {

    private NamedObjects() {
    }

    /** The first object of a kind and name in the namespace of {@code from}. */
    public static Optional<KubeObject> inNamespaceOf(Manifests manifests, KubeObject from, String kind, String name) {
        return manifests.ofKind(kind).filter(object -> name.equals(object.name()) && Namespaces.same(from, object))
                .findFirst();
    }

    /** The first object of a cluster-scoped kind and name. */
    public static Optional<KubeObject> clusterScoped(Manifests manifests, String kind, String name) {
        return manifests.ofKind(kind).filter(object -> name.equals(object.name())).findFirst();
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
