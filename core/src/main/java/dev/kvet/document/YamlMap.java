package dev.kvet.document;

import dev.kvet.location.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A YAML mapping with string keys; when a key repeats, the last entry wins, as in Kubernetes. */
public final class YamlMap implements YamlNode {

    /** One key and its value, each located; equal to another with equal parts. */
    public static final class Entry {
        private final String key;
        private final long packedKeySpan;
        private final Span wideKeySpan;
        private final YamlNode value;

        /** An entry whose key stands at {@code keySpan}. */
        public Entry(String key, Span keySpan, YamlNode value) {
            this.key = key;
            this.packedKeySpan = PackedSpan.pack(keySpan);
            this.wideKeySpan = packedKeySpan == PackedSpan.WIDE ? keySpan : null;
            this.value = value;
        }

        /** The key. */
        public String key() {
            return key;
        }

        /** Where the key stands. */
        public Span keySpan() {
            return wideKeySpan != null ? wideKeySpan : PackedSpan.unpack(packedKeySpan);
        }

        /** The value. */
        public YamlNode value() {
            return value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && Objects.equals(entry.key, key)
                    && entry.keySpan().equals(keySpan()) && Objects.equals(entry.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, keySpan(), value);
        }

        @Override
        public String toString() {
            return "Entry[key=" + key + ", keySpan=" + keySpan() + ", value=" + value + "]";
        }
    }

    private final Map<String, Entry> entries;
    private final long packedSpan;
    private final Span wideSpan;
    private final long expandedSize;

    /** Builds a map from its entries in file order; later entries replace earlier ones with the same key. */
    public YamlMap(List<Entry> entriesInOrder, Span span, long expandedSize) {
        this.entries = new MapEntries(entriesInOrder);
        this.packedSpan = PackedSpan.pack(span);
        this.wideSpan = packedSpan == PackedSpan.WIDE ? span : null;
        this.expandedSize = expandedSize;
    }

    @Override
    public Span span() {
        return wideSpan != null ? wideSpan : PackedSpan.unpack(packedSpan);
    }

    @Override
    public long expandedSize() {
        return expandedSize;
    }

    /** The entries by key, in file order, read-only. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The entry for a key, if present. */
    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The value for a key, or null. */
    public YamlNode get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** The value for a key if it is a map, else null. */
    public YamlMap map(String key) {
        return get(key) instanceof YamlMap map ? map : null;
    }

    /** The value for a key if it is a list, else null. */
    public YamlList list(String key) {
        return get(key) instanceof YamlList list ? list : null;
    }

    /** The value for a key if it is a string scalar, else null. */
    public String string(String key) {
        return get(key) instanceof YamlScalar scalar ? scalar.stringValue() : null;
    }

    /** Whether the key is present. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }
}
