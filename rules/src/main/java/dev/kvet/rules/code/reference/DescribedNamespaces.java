package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Manifests;
import dev.kvet.rules.code.support.Namespaces;
import java.util.HashSet;
import java.util.Set;

/**
 * The namespaces the files describe: those their objects live in, and those their Namespace objects make. A
 * reference into another namespace (a Gateway a platform team shares, a Service of another team) is not checked,
 * since its objects evidently come from elsewhere.
 */
final class DescribedNamespaces {

    private DescribedNamespaces() {
    }

    /** Whether the files describe the namespace. */
    static boolean contain(Manifests manifests, String namespace) {
        return manifests.derived(DescribedNamespaces.class, DescribedNamespaces::of).contains(namespace);
    }

    private static Set<String> of(Manifests manifests) {
        Set<String> namespaces = new HashSet<>();
        for (IndexedObject object : manifests.objects()) {
            if ("Namespace".equals(object.kind()) && object.name() != null) {
                namespaces.add(object.name());
            } else if (object.namespace() != null && !object.namespace().isEmpty()) {
                namespaces.add(Namespaces.of(object));
            }
        }
        return namespaces;
    }
}
