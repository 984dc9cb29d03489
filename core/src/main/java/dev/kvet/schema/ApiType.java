package dev.kvet.schema;

/** What an object's apiVersion and kind stand for, once looked up in the target Kubernetes version. */
sealed interface ApiType {

    /** A kind the target version serves: its bundled schema applies. */
    record BuiltIn(KnownKind kind) implements ApiType {
    }

    /** A kind of a custom API group (one with a dot): a CRD must say what it looks like. */
    record Custom(String group, String version, String kind) implements ApiType {
    }

    /** Nothing to validate against: the type itself was reported (unknown, removed) or is too old to bundle. */
    record Unchecked() implements ApiType {
    }
}
