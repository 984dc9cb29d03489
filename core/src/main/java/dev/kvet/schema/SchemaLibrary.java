package dev.kvet.schema;

import dev.kvet.schema.TargetVersion.MinorVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas bundled in kvet-schemas ({@code kvet/schemas/...} on the class path), read lazily: an index the
 * first time a version is asked about, a kind's schema the first time an object of that kind is checked, each
 * compiled once per process and shared by all threads.
 */
public final class SchemaLibrary {

    // Interned property names: the validator compares them with the keys of objects, which the YAML parser
    // interns, and equal references compare at once.
    private static final JsonMapper JSON = JsonMapper.builder(
            JsonFactory.builder().enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build()).build();
    private static final SchemaLibrary BUNDLED = new SchemaLibrary("kvet/schemas/");

    private final String root;
    private final List<MinorVersion> versions;
    private final Map<MinorVersion, KindIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, CompiledSchema> schemas = new ConcurrentHashMap<>();
    private volatile ApiLifecycle lifecycle;

    private SchemaLibrary(String root) {
        this.root = root;
        List<MinorVersion> listed = new ArrayList<>();
        for (JsonNode version : read("versions.json").required("versions")) {
            listed.add(MinorVersion.parse(version.asString()));
        }
        this.versions = List.copyOf(listed);
    }

    /** The schemas that ship with kvet. */
    public static SchemaLibrary bundled() {
        return BUNDLED;
    }

    /** The bundled Kubernetes versions, oldest first. */
    public List<MinorVersion> versions() {
        return versions;
    }

    /** The kinds a bundled version serves. */
    public KindIndex index(MinorVersion version) {
        return indexes.computeIfAbsent(version, v -> KindIndex.read(read(v + "/index.json")));
    }

    /** The compiled schema of a kind of a bundled version. */
    public CompiledSchema schema(MinorVersion version, KnownKind kind) {
        String id = version + "/" + kind.schema();
        return schemas.computeIfAbsent(id, key -> SchemaCompiler.compile(key, read(key)));
    }

    /** When built-in APIs were deprecated and removed. */
    public ApiLifecycle lifecycle() {
        if (lifecycle == null) {
            lifecycle = ApiLifecycle.read(read("api-lifecycle.json"));
        }
        return lifecycle;
    }

    /** The bundled versions that serve a kind under an apiVersion, oldest first; reads every index. */
    public List<MinorVersion> versionsServing(String apiVersion, String kind) {
        return versions.stream().filter(version -> index(version).find(apiVersion, kind).isPresent()).toList();
    }

    /** Whether a group is one of Kubernetes' own, in any bundled version or among retired APIs. */
    public boolean isBuiltInGroup(String group) {
        return lifecycle().knowsGroup(group) || versions.stream().anyMatch(version -> index(version).groups().contains(group));
    }

    /** The ObjectMeta definition and the types it uses, as {@code $defs} entries, for CRD schemas. */
    public JsonNode metaDefinitions(MinorVersion version) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        read(version + "/core/v1/ConfigMap.json").required("$defs").properties().stream()
                .filter(definition -> definition.getKey().startsWith("io.k8s.apimachinery.pkg.apis.meta.v1."))
                .forEach(definition -> meta.set(definition.getKey(), definition.getValue()));
        return meta;
    }

    /** A resource below {@code kvet/schemas/} as JSON. */
    JsonNode read(String path) {
        try (InputStream in = SchemaLibrary.class.getClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                throw new IllegalStateException("kvet-schemas is missing " + root + path + " (a broken build?)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
