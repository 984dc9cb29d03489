package dev.kvet.rules.code.reference;

/** A pod refers to a ConfigMap that is not among the checked files. */
public final class ConfigMapReference extends MissingPodReference {

    /** The rule for ConfigMaps. */
    public ConfigMapReference() {
        super("ConfigMap");
    }
}
