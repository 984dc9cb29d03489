package dev.kvet.document;

import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;
import dev.kvet.location.SourceText;
import java.util.Optional;

/**
 * One YAML document of a file, with every node located.
 *
 * @param text  the whole file it comes from, for snippets and line comments
 * @param index the 0-based position of the document in its file
 * @param root  the document's top node
 */
public record LocatedDocument(SourceText text, int index, YamlNode root) {

    /** The file name as the user gave it. */
    public String file() {
        return text.name();
    }

    /** The node at a pointer, if the document has one there. */
    public Optional<YamlNode> node(JsonPointer pointer) {
        return Optional.ofNullable(Navigation.nodeAt(root, pointer));
    }

    /**
     * Where the value at a pointer stands; when the pointer leads nowhere, the span of the deepest ancestor
     * that exists, so a finding about a missing field points at the map that lacks it.
     */
    public Span locate(JsonPointer pointer) {
        return Navigation.locate(root, pointer, false);
    }

    /**
     * Where the key at a pointer stands (for a map entry), else where its value stands; the place a person
     * looks for when told a field is wrong.
     */
    public Span locateKey(JsonPointer pointer) {
        return Navigation.locate(root, pointer, true);
    }
}
