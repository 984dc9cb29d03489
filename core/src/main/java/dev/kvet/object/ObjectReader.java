package dev.kvet.object;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlRule;
import dev.kvet.finding.Finding;
import dev.kvet.finding.ObjectRef;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;
import java.util.List;

/** Turns located documents into Kubernetes objects, expanding {@code List} kinds into their items. */
public final class ObjectReader {

    /** Adds the objects of a document to {@code objects}, and what is wrong with them to {@code findings}. */
    public void read(LocatedDocument document, List<KubeObject> objects, List<Finding> findings) {
        read(document, JsonPointer.ROOT, document.root(), objects, findings);
    }

    private void read(LocatedDocument document, JsonPointer base, YamlNode node, List<KubeObject> objects,
                      List<Finding> findings) {
        if (!(node instanceof YamlMap map)) {
            findings.add(YamlRule.NOT_KUBERNETES.at(document.file(), node.span(), document.index(),
                    "this document is a " + (node instanceof YamlList ? "list" : "single value")
                            + ", not a Kubernetes object", "a manifest is a map with apiVersion, kind and metadata"));
            return;
        }
        String apiVersion = map.string("apiVersion");
        String kind = map.string("kind");
        YamlMap metadata = map.map("metadata");
        ObjectRef ref = new ObjectRef(apiVersion, kind,
                metadata == null ? null : metadata.string("namespace"),
                metadata == null ? null : metadata.string("name"));
        KubeObject object = new KubeObject(document, base, map, ref);
        if (!map.has("apiVersion") && !map.has("kind")) {
            findings.add(YamlRule.NOT_KUBERNETES.at(document.file(), firstKeySpan(map), document.index(),
                    "this document has neither apiVersion nor kind, so it is not a Kubernetes object",
                    "exclude files that are not manifests with --exclude"));
            return;
        }
        if (apiVersion == null) {
            findings.add(missing(object, "apiVersion", YamlRule.MISSING_API_VERSION));
        }
        if (kind == null) {
            findings.add(missing(object, "kind", YamlRule.MISSING_KIND));
            return;
        }
        YamlList items = map.list("items");
        if (kind.endsWith("List") && items != null) {
            for (int i = 0; i < items.size(); i++) {
                read(document, base.child("items").child(i), items.get(i), objects, findings);
            }
            return;
        }
        objects.add(object);
    }

    private static Finding missing(KubeObject object, String field, YamlRule rule) {
        boolean present = object.root().has(field);
        String message = present ? field + " must be a non-empty string" : "the object has no " + field;
        JsonPointer at = present ? JsonPointer.of(field) : JsonPointer.ROOT;
        return object.finding(present ? object.locate(at) : firstKeySpan(object.root()), at,
                rule.info().severity(), rule.info().id(), message, rule.info().description());
    }

    private static Span firstKeySpan(YamlMap map) {
        return map.entries().isEmpty() ? map.span() : map.entries().values().iterator().next().keySpan();
    }
}
