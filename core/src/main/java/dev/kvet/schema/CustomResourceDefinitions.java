package dev.kvet.schema;

import dev.kvet.document.JsonTree;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The custom resource types known to a run: each served version of each CRD given with {@code --crd} or found
 * among the checked objects, its schema compiled the first time one of its objects is checked.
 */
final class CustomResourceDefinitions {

    /** The apiVersion and kind of CustomResourceDefinition objects themselves. */
    static final String CRD_API_VERSION = "apiextensions.k8s.io/v1";
    static final String CRD_KIND = "CustomResourceDefinition";

    /**
     * One served version of a CRD.
     *
     * @param crd    the CustomResourceDefinition object it comes from
     * @param schema its {@code openAPIV3Schema}, or null when the version declares none (anything goes)
     */
    record ServedVersion(KubeObject crd, YamlMap schema) {
    }

    private final Map<String, ServedVersion> versions = new LinkedHashMap<>();
    private final Map<String, Optional<CompiledSchema>> compiled = new ConcurrentHashMap<>();
    private final JsonNode metaDefinitions;

    CustomResourceDefinitions(JsonNode metaDefinitions) {
        this.metaDefinitions = metaDefinitions;
    }

    /** The ObjectMeta definitions that every custom resource's {@code metadata} refers to. */
    JsonNode metaDefinitions() {
        return metaDefinitions;
    }

    /** Whether an object is a CustomResourceDefinition this class can read. */
    static boolean isCrd(KubeObject object) {
        return CRD_API_VERSION.equals(object.apiVersion()) && CRD_KIND.equals(object.kind());
    }

    /** Adds the served versions of a CRD object; later definitions of the same type win, as in a cluster. */
    void add(KubeObject crd) {
        YamlMap spec = crd.root().map("spec");
        YamlMap names = spec == null ? null : spec.map("names");
        YamlList served = spec == null ? null : spec.list("versions");
        if (names == null || names.string("kind") == null || spec.string("group") == null || served == null) {
            return; // the schema check of the CRD itself reports what is missing
        }
        for (YamlNode item : served.items()) {
            if (item instanceof YamlMap version && version.string("name") != null) {
                YamlMap validation = version.map("schema");
                versions.put(key(spec.string("group") + "/" + version.string("name"), names.string("kind")),
                        new ServedVersion(crd, validation == null ? null : validation.map("openAPIV3Schema")));
            }
        }
    }

    /** The served version for an apiVersion and kind, if a CRD defines it. */
    Optional<ServedVersion> find(String apiVersion, String kind) {
        return Optional.ofNullable(versions.get(key(apiVersion, kind)));
    }

    /** The kinds that CRDs define in a group, for suggestions. */
    List<String> kindsOf(String group) {
        List<String> kinds = new ArrayList<>();
        versions.keySet().stream().filter(key -> key.startsWith(group + "/"))
                .map(key -> key.substring(key.indexOf(' ') + 1)).distinct().forEach(kinds::add);
        return kinds;
    }

    /** The apiVersions that CRDs serve a kind under. */
    List<String> apiVersionsOf(String group, String kind) {
        return versions.keySet().stream().filter(key -> key.startsWith(group + "/") && key.endsWith(" " + kind))
                .map(key -> key.substring(0, key.indexOf(' '))).toList();
    }

    /** The compiled schema of a served version; empty when it has none or it cannot be compiled. */
    Optional<CompiledSchema> schema(String apiVersion, String kind, ServedVersion version) {
        return compiled.computeIfAbsent(key(apiVersion, kind), key -> version.schema() == null ? Optional.empty()
                : Optional.of(SchemaCompiler.compile("crd/" + apiVersion + "/" + kind,
                        CrdSchema.document(JsonTree.of(version.schema()), metaDefinitions))));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
