package dev.kvet.object;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.finding.Finding;
import dev.kvet.finding.ObjectRef;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;

/**
 * One Kubernetes object read from a manifest, with the way back to every position inside it.
 *
 * @param document the document it was read from
 * @param base     where the object starts inside the document ({@code /items/2} for an item of a List)
 * @param root     the object's own map
 * @param ref      its apiVersion, kind, namespace and name as written
 */
public record KubeObject(LocatedDocument document, JsonPointer base, YamlMap root, ObjectRef ref)
        implements Identified {

    /** The file the object comes from. */
    public String file() {
        return document.file();
    }

    /** The object's node at a pointer relative to the object, or null. */
    public YamlNode node(JsonPointer relative) {
        return root.at(relative);
    }

    /** Where the value at a pointer (relative to the object) stands, or its deepest existing ancestor. */
    public Span locate(JsonPointer relative) {
        return document.locate(base.append(relative));
    }

    /** Where the key at a pointer (relative to the object) stands. */
    public Span locateKey(JsonPointer relative) {
        return document.locateKey(base.append(relative));
    }

    /** The key of the field at a pointer (relative to the object), kept to report there later. */
    public Place keyPlace(JsonPointer relative) {
        return new Place(relative, locateKey(relative));
    }

    /** The value at a pointer (relative to the object), kept to report there later. */
    public Place valuePlace(JsonPointer relative) {
        return new Place(relative, locate(relative));
    }

    /** A finding about this object, placed at the key of the field the pointer names. */
    public Finding findingAtKey(JsonPointer relative, Severity severity, String rule, String message, String hint) {
        return finding(locateKey(relative), relative, severity, rule, message, hint);
    }

    /** A finding about this object, placed at the value the pointer names. */
    public Finding findingAtValue(JsonPointer relative, Severity severity, String rule, String message, String hint) {
        return finding(locate(relative), relative, severity, rule, message, hint);
    }

    /** A finding about this object at a span the caller computed. */
    public Finding finding(Span span, JsonPointer relative, Severity severity, String rule, String message, String hint) {
        return new Finding(file(), span, severity, rule, message, hint, base.append(relative).toString(),
                document.index(), ref);
    }
}
