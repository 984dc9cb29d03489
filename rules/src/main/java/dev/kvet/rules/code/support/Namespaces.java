package dev.kvet.rules.code.support;

import dev.kvet.check.IndexedObject;

/**
 * Which namespace an object lives in, as far as the files say: an object without a namespace is taken to be in
 * the {@code default} namespace with every other such object, and objects in different namespaces never refer to
 * each other.
 */
public final class Namespaces {

    private Namespaces() {
    }

    /** The object's namespace, {@code default} when it names none. */
    public static String of(IndexedObject object) {
        String namespace = object.namespace();
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }
}
