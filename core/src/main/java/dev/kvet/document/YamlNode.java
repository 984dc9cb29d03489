package dev.kvet.document;

import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;

/** A located node of a YAML document: a map, a list or a scalar, each knowing where it stands in the file. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    /** Where the node's value stands in the file. */
    Span span();

    /**
     * How many nodes this one stands for once aliases are expanded (saturating at {@link Long#MAX_VALUE});
     * what a consumer that walks the tree will visit.
     */
    long expandedSize();

    /** The node a pointer relative to this one leads to, or null. */
    default YamlNode at(JsonPointer pointer) {
        return Navigation.nodeAt(this, pointer);
    }
}
