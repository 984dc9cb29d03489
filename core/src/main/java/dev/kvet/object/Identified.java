package dev.kvet.object;

import dev.kvet.finding.ObjectRef;

/** Something that stands for one Kubernetes object, with its apiVersion, kind, namespace and name as written. */
public interface Identified {

    /** Its apiVersion, kind, namespace and name as written. */
    ObjectRef ref();

    /** The apiVersion as written, or null. */
    default String apiVersion() {
        return ref().apiVersion();
    }

    /** The API group: the part of the apiVersion before the slash, or the empty string for the core group (v1). */
    default String group() {
        String apiVersion = apiVersion();
        if (apiVersion == null) {
            return "";
        }
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The kind as written, or null. */
    default String kind() {
        return ref().kind();
    }

    /** The name from metadata.name, or null. */
    default String name() {
        return ref().name();
    }

    /** The namespace from metadata.namespace, or null when the manifest leaves it to the cluster. */
    default String namespace() {
        return ref().namespace();
    }
}
