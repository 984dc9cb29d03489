package dev.kvet.rules.code.reference;

import java.util.List;

/** A pod uses a key that the ConfigMap in the checked files does not have. */
public final class ConfigMapKey extends MissingKey {

    /** The rule for ConfigMap keys (data and binaryData). */
    public ConfigMapKey() {
        super("ConfigMap", List.of("data", "binaryData"));
    }
}
