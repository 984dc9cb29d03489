package dev.kvet.check;

import dev.kvet.finding.Finding;
import dev.kvet.finding.ObjectRef;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Identified;
import dev.kvet.object.Place;
import java.util.Map;

/**
 * What a run keeps of an object once its own checks are done and its tree is released: who it is, where it
 * stands, and the facts that the checks' {@link Indexer indexers} took from it.
 */
public final class IndexedObject implements Identified {

    private final ObjectRef ref;
    private final String file;
    private final int document;
    private final JsonPointer base;
    private final Map<Indexer<?>, Integer> slots;
    private final Object[] facts;

    IndexedObject(ObjectRef ref, String file, int document, JsonPointer base, Map<Indexer<?>, Integer> slots,
                  Object[] facts) {
        this.ref = ref;
        this.file = file;
        this.document = document;
        this.base = base;
        this.slots = slots;
        this.facts = facts;
    }

    @Override
    public ObjectRef ref() {
        return ref;
    }

    /** The file the object comes from. */
    public String file() {
        return file;
    }

    /** The 0-based index of its YAML document in the file. */
    public int document() {
        return document;
    }

    /** Where the object starts inside its document: empty, or {@code /items/N} for an item of a List. */
    public JsonPointer base() {
        return base;
    }

    /**
     * The facts an indexer took from this object, or null when it took none.
     *
     * @throws IllegalArgumentException when no check of the run declared the indexer, which is a bug of the check
     */
    @SuppressWarnings("unchecked")
    public <T> T fact(Indexer<T> indexer) {
        Integer slot = slots.get(indexer);
        if (slot == null) {
            throw new IllegalArgumentException("no check of this run declared the indexer " + indexer);
        }
        return slot < facts.length ? (T) facts[slot] : null;
    }

    /** A finding about this object at a place an indexer kept. */
    public Finding finding(Place place, Severity severity, String rule, String message, String hint) {
        return new Finding(file, place.span(), severity, rule, message, hint, base.append(place.pointer()).toString(),
                document, ref);
    }
}
