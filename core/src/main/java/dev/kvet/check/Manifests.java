package dev.kvet.check;

import dev.kvet.object.KubeObject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** All objects of one run, whatever files they come from: the context of cross-resource checks. */
public final class Manifests {

    private final List<KubeObject> objects;

    /** Wraps the objects of a run in reading order. */
    public Manifests(List<KubeObject> objects) {
        this.objects = List.copyOf(objects);
    }

    /** Every object, in reading order. */
    public List<KubeObject> objects() {
        return objects;
    }

    /** The objects of one kind, in reading order. */
    public Stream<KubeObject> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.kind()));
    }

    /** The objects of one kind and name in a namespace ({@code null} matches objects without a namespace). */
    public Stream<KubeObject> named(String kind, String namespace, String name) {
        return ofKind(kind).filter(object -> name.equals(object.name())
                && Objects.equals(namespace, object.namespace()));
    }
}
