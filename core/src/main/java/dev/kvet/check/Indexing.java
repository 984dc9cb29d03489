package dev.kvet.check;

import dev.kvet.object.KubeObject;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/** The indexers of a run, each given a slot: turns every object into what the run keeps of it. */
public final class Indexing {

    private static final Object[] NONE = {};

    private final Map<Indexer<?>, Integer> slots = new IdentityHashMap<>();
    private final Indexer<?>[] indexers;

    /** Indexing with these indexers; one declared twice (by two checks) is run once. */
    public Indexing(Collection<? extends Indexer<?>> indexers) {
        for (Indexer<?> indexer : indexers) {
            slots.putIfAbsent(indexer, slots.size());
        }
        this.indexers = new Indexer<?>[slots.size()];
        slots.forEach((indexer, slot) -> this.indexers[slot] = indexer);
    }

    /** What the run keeps of an object: its identity, its place, and the facts of every indexer. */
    public IndexedObject index(KubeObject object) {
        // Most objects give most indexers nothing; those keep no array at all.
        Object[] facts = NONE;
        for (int slot = 0; slot < indexers.length; slot++) {
            Object fact = indexers[slot].index(object);
            if (fact != null) {
                if (facts == NONE) {
                    facts = new Object[indexers.length];
                }
                facts[slot] = fact;
            }
        }
        return new IndexedObject(object.ref(), object.file(), object.document().index(), object.base(), slots, facts);
    }
}
