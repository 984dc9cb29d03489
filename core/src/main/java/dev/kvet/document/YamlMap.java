package dev.kvet.document;

import dev.kvet.location.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with string keys; when a key repeats, the last entry wins, as in Kubernetes. */
public final class YamlMap implements YamlNode {

    /** One key and its value, each located. */
    public record Entry(String key, Span keySpan, YamlNode value) {
    }

    private final Map<String, Entry> entries;
    private final Span span;
    private final long expandedSize;

    /** Builds a map from its entries in file order; later entries replace earlier ones with the same key. */
    public YamlMap(List<Entry> entriesInOrder, Span span, long expandedSize) {
        this.entries = new MapEntries(entriesInOrder);
        this.span = span;
        this.expandedSize = expandedSize;
    }

    @Override
    public Span span() {
        return span;
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
