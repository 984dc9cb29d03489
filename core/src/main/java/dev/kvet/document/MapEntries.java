package dev.kvet.document;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The entries of a YAML map by key, in file order, read-only. Every map of every object stays in memory until a
 * run ends, and most have a handful of keys: an array searched from the front is smaller and quicker to build
 * than a hash table, which only maps with many keys get.
 */
final class MapEntries extends AbstractMap<String, YamlMap.Entry> {

    /** Up to this many keys, a lookup compares keys one by one, their hash codes first. */
    private static final int SCANNED = 8;

    private final YamlMap.Entry[] entries;
    /** The hash codes of the keys of a small map, in the order of its entries; else null. */
    private final int[] hashes;
    /** The entries of a large map by key; else null. */
    private final Map<String, YamlMap.Entry> index;

    /** Keeps the last entry of each key, at the place of that last entry, as a linked map would by remove and put. */
    MapEntries(List<YamlMap.Entry> entriesInOrder) {
        int count = entriesInOrder.size();
        YamlMap.Entry[] kept = new YamlMap.Entry[count];
        int[] keptHashes = new int[count];
        Set<String> seen = count > SCANNED ? new HashSet<>() : null;
        int start = count;
        for (int i = count - 1; i >= 0; i--) {
            YamlMap.Entry entry = entriesInOrder.get(i);
            int hash = entry.key().hashCode();
            boolean later = seen != null ? !seen.add(entry.key()) : indexOf(kept, keptHashes, start, entry.key(), hash) >= 0;
            if (!later) {
                start--;
                kept[start] = entry;
                keptHashes[start] = hash;
            }
        }
        this.entries = start == 0 ? kept : Arrays.copyOfRange(kept, start, count);
        this.index = entries.length > SCANNED ? indexByKey(entries) : null;
        this.hashes = index != null ? null : start == 0 ? keptHashes : Arrays.copyOfRange(keptHashes, start, count);
    }

    private static Map<String, YamlMap.Entry> indexByKey(YamlMap.Entry[] entries) {
        Map<String, YamlMap.Entry> byKey = new HashMap<>(entries.length * 2);
        for (YamlMap.Entry entry : entries) {
            byKey.put(entry.key(), entry);
        }
        return byKey;
    }

    private static int indexOf(YamlMap.Entry[] entries, int[] hashes, int from, Object key, int hash) {
        for (int i = from; i < entries.length; i++) {
            if (hashes[i] == hash && entries[i].key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public YamlMap.Entry get(Object key) {
        if (index != null) {
            return index.get(key);
        }
        int at = key == null ? -1 : indexOf(entries, hashes, 0, key, key.hashCode());
        return at < 0 ? null : entries[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super YamlMap.Entry> action) {
        for (YamlMap.Entry entry : entries) {
            action.accept(entry.key(), entry);
        }
    }

    @Override
    public Collection<YamlMap.Entry> values() {
        return Collections.unmodifiableList(Arrays.asList(entries));
    }

    @Override
    public Set<String> keySet() {
        return new View<>(YamlMap.Entry::key) {
            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }
        };
    }

    @Override
    public Set<Map.Entry<String, YamlMap.Entry>> entrySet() {
        return new View<>(entry -> Map.entry(entry.key(), entry));
    }

    /** The keys or the key-entry pairs, in file order; made on demand so that no map keeps one. */
    private class View<T> extends AbstractSet<T> {
        private final Function<YamlMap.Entry, T> element;

        View(Function<YamlMap.Entry, T> element) {
            this.element = element;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < entries.length;
                }

                @Override
                public T next() {
                    if (next >= entries.length) {
                        throw new NoSuchElementException();
                    }
                    return element.apply(entries[next++]);
                }
            };
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
