package dev.kvet.document;

import dev.kvet.location.Span;
import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, Span span, long expandedSize) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    /** Item {@code index}. */
    public YamlNode get(int index) {
        return items.get(index);
    }
}
