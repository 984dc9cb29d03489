package dev.kvet.schema;

import dev.kvet.schema.TargetVersion.MinorVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** When built-in APIs were deprecated and removed, and what replaces them (kvet-schemas' {@code api-lifecycle.json}). */
public final class ApiLifecycle {

    /**
     * One retired API.
     *
     * @param apiVersion   the retired apiVersion, such as {@code extensions/v1beta1}
     * @param kinds        the kinds it served that this entry is about
     * @param deprecatedIn the release that deprecated it
     * @param removedIn    the first release that no longer serves it
     * @param replacement  the apiVersion to use instead, or null when there is none
     */
    public record RetiredApi(String apiVersion, List<String> kinds, MinorVersion deprecatedIn, MinorVersion removedIn,
                             String replacement) {

        /** The group part of the apiVersion. */
        public String group() {
            int slash = apiVersion.indexOf('/');
            return slash < 0 ? "" : apiVersion.substring(0, slash);
        }
    }

    private final List<RetiredApi> apis;

    private ApiLifecycle(List<RetiredApi> apis) {
        this.apis = List.copyOf(apis);
    }

    /** Reads the table. */
    public static ApiLifecycle read(JsonNode table) {
        List<RetiredApi> apis = new ArrayList<>();
        for (JsonNode api : table.required("apis")) {
            List<String> kinds = new ArrayList<>();
            api.required("kinds").forEach(kind -> kinds.add(kind.asString()));
            apis.add(new RetiredApi(api.required("apiVersion").asString(), kinds,
                    MinorVersion.parse(api.required("deprecatedIn").asString()),
                    MinorVersion.parse(api.required("removedIn").asString()),
                    api.path("replacement").asString(null)));
        }
        return new ApiLifecycle(apis);
    }

    /** The entry about this apiVersion and kind, if it was retired. */
    public Optional<RetiredApi> find(String apiVersion, String kind) {
        return apis.stream().filter(api -> api.apiVersion().equals(apiVersion) && api.kinds().contains(kind))
                .findFirst();
    }

    /** Whether any retired API belonged to this group (such as {@code extensions}). */
    public boolean knowsGroup(String group) {
        return apis.stream().anyMatch(api -> api.group().equals(group));
    }
}
