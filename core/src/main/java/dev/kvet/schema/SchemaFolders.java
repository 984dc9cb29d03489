package dev.kvet.schema;

import dev.kvet.check.CheckSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The custom resource schemas of {@code --schemas DIR} folders, laid out like the community CRDs-catalog and
 * kubeconform's {@code {{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json}: a folder per API group, a file
 * per kind (lowercased) and version. Only file names are listed up front, since a catalog holds thousands of
 * schemas and a run needs a few; a file is read and compiled the first time an object of its type is checked.
 */
final class SchemaFolders {

    /** {@code servicemonitor_v1.json}: a lowercased kind and a version; anything else in a group folder is not a schema. */
    private static final Pattern SCHEMA_FILE = Pattern.compile("([a-z0-9]+)_([a-z0-9]+)\\.json");

    private final Map<String, Path> files;
    private final Map<Path, CompiledSchema> compiled = new ConcurrentHashMap<>();

    private SchemaFolders(Map<String, Path> files) {
        this.files = Map.copyOf(files);
    }

    /** Lists the schema files of the folders; the first folder that has a type's file wins, as in kubeconform. */
    static SchemaFolders index(List<Path> folders) throws CheckSetupException {
        Map<String, Path> files = new HashMap<>();
        for (Path folder : folders) {
            int found = 0;
            for (Path group : children(folder, folder)) {
                String groupName = group.getFileName().toString();
                if (!Files.isDirectory(group) || !groupName.contains(".") || groupName.startsWith(".")) {
                    continue; // not an API group: the catalog's README, Utilities/, .github/
                }
                for (Path file : children(folder, group)) {
                    Matcher name = SCHEMA_FILE.matcher(file.getFileName().toString());
                    if (name.matches() && Files.isRegularFile(file)) {
                        files.putIfAbsent(key(groupName, name.group(2), name.group(1)), file);
                        found++;
                    }
                }
            }
            if (found == 0) {
                throw new CheckSetupException("--schemas " + folder + ": no GROUP/KIND_VERSION.json schema files in it"
                        + " (such as monitoring.coreos.com/servicemonitor_v1.json); give the folder above the group folders");
            }
        }
        return new SchemaFolders(files);
    }

    /** The schema file of a custom resource type, if a folder has one; the kind is matched ignoring case. */
    Optional<Path> find(ApiType.Custom type) {
        return Optional.ofNullable(files.get(key(type.group(), type.version(), type.kind())));
    }

    /**
     * The compiled schema of a file, read the first time it is asked for.
     *
     * @throws UnusableSchemaException when the file is not the JSON Schema of an object
     */
    CompiledSchema schema(Path file, String apiVersion, String kind, JsonNode metaDefinitions) {
        return compiled.computeIfAbsent(file, path -> SchemaCompiler.compile("schemas/" + apiVersion + "/" + kind,
                CrdSchema.document(SchemaFile.openApiV3(path), metaDefinitions)));
    }

    private static List<Path> children(Path root, Path folder) throws CheckSetupException {
        if (!Files.isDirectory(folder)) {
            throw new CheckSetupException("--schemas " + folder + (Files.exists(folder) ? ": not a folder" : ": no such folder"));
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new CheckSetupException("--schemas " + root + ": cannot read " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + " " + kind.toLowerCase(Locale.ROOT);
    }
}
