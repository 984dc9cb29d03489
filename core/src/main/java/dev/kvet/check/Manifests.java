package dev.kvet.check;

import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * All objects of one run, whatever files they come from, as the run keeps them once their trees are released:
 * the context of cross-resource checks. Lookups by kind are indexed, and checks share the indexes they derive
 * (pods by namespace, say), so that cross-resource checks stay linear in the size of the run.
 */
public final class Manifests {

    private final List<IndexedObject> objects;
    private final Set<String> generated;
    private final Map<String, List<IndexedObject>> byKind = new HashMap<>();
    private final Map<Object, Object> derived = new HashMap<>();

    /** Wraps the objects of a run in reading order. */
    public Manifests(List<IndexedObject> objects) {
        this(objects, Set.of());
    }

    /**
     * Wraps the objects of a run in reading order, with the objects that a build tool makes from the run's files
     * and that are no manifests themselves, as {@code Kind/name} (a kustomization's generated ConfigMaps).
     */
    public Manifests(List<IndexedObject> objects, Set<String> generated) {
        this.objects = List.copyOf(objects);
        this.generated = Set.copyOf(generated);
        for (IndexedObject object : this.objects) {
            if (object.kind() != null) {
                byKind.computeIfAbsent(object.kind(), kind -> new ArrayList<>()).add(object);
            }
        }
    }

    /** Indexes objects as a run does and wraps them: for tests and embedders that hold the objects themselves. */
    public static Manifests of(List<KubeObject> objects, List<? extends Indexer<?>> indexers) {
        Indexing indexing = new Indexing(indexers);
        return new Manifests(objects.stream().map(indexing::index).toList());
    }

    /** The objects a build tool generates from the run's files, as {@code Kind/name}: they exist once built. */
    public Set<String> generated() {
        return generated;
    }

    /** Every object, in reading order. */
    public List<IndexedObject> objects() {
        return objects;
    }

    /** The objects of one kind, in reading order. */
    public Stream<IndexedObject> ofKind(String kind) {
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
