package dev.kvet.schemas.generate;

/**
 * An object kind that a Kubernetes version serves, as listed in the per-version index.
 *
 * @param group      the API group, empty for the core group
 * @param version    the API version inside the group, such as {@code v1}
 * @param kind       the kind, such as {@code Deployment}
 * @param definition the OpenAPI definition that describes it, such as {@code io.k8s.api.apps.v1.Deployment}
 * @param namespaced whether objects of the kind live in a namespace, or null when the paths do not say
 */
public record ResourceKind(String group, String version, String kind, String definition, Boolean namespaced) {

    /** The {@code apiVersion} a manifest writes: {@code apps/v1}, or {@code v1} for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** Where the kind's schema lives below the version folder: {@code apps/v1/Deployment.json}, {@code core/v1/Pod.json}. */
    public String schemaPath() {
        return (group.isEmpty() ? "core" : group) + "/" + version + "/" + kind + ".json";
    }
}
