package dev.kvet.check;

import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * All objects of one run, whatever files they come from: the context of cross-resource checks. Lookups by kind
 * are indexed, and checks share the indexes they derive (pods by namespace, say), so that cross-resource
 * checks stay linear in the size of the run.
 */
public final class Manifests {

    private final List<KubeObject> objects;
    private final Map<String, List<KubeObject>> byKind = new HashMap<>();
    private final Map<Object, Object> derived = new HashMap<>();

    /** Wraps the objects of a run in reading order. */
    public Manifests(List<KubeObject> objects) {
        this.objects = List.copyOf(objects);
        for (KubeObject object : this.objects) {
            if (object.kind() != null) {
                byKind.computeIfAbsent(object.kind(), kind -> new ArrayList<>()).add(object);
            }
        }
    }

    /** Every object, in reading order. */
    public List<KubeObject> objects() {
        return objects;
    }

    /** The objects of one kind, in reading order. */
    public Stream<KubeObject> ofKind(String kind) {
        return byKind.getOrDefault(kind, List.of()).stream();
    }

    /**
     * Something computed from the objects once per run and shared by every check that asks with the same key,
     * such as an index; {@code compute} must not ask for another derived value.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Object key, Function<Manifests, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }
}
