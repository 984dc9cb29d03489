package dev.kvet.schema;

/**
 * A kind that one bundled Kubernetes version serves, as listed in its {@code index.json}.
 *
 * @param group      the API group, empty for the core group
 * @param version    the version inside the group
 * @param kind       the kind
 * @param namespaced whether its objects live in a namespace, or null when unknown
 * @param definition the OpenAPI definition name, such as {@code io.k8s.api.apps.v1.Deployment}
 * @param schema     the schema resource below the version folder, such as {@code apps/v1/Deployment.json}
 */
public record KnownKind(String group, String version, String kind, Boolean namespaced, String definition,
                        String schema) {

    /** The apiVersion a manifest writes for it: {@code apps/v1}, or {@code v1} for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }
}
