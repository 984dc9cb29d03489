package dev.kvet.schemas.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema generator, run by the build at {@code process-classes}: for every bundled OpenAPI document it writes
 * {@code <out>/<version>/index.json} and one strict schema per kind ({@code <out>/1.36/apps/v1/Deployment.json}),
 * then {@code <out>/versions.json}. See {@code schemas/README.md}.
 */
public final class GenerateSchemas {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ApiValidationOverlay overlay;
    private final Path output;

    /** A generator that applies the overlay and writes below {@code output}. */
    public GenerateSchemas(ApiValidationOverlay overlay, Path output) {
        this.overlay = overlay;
        this.output = output;
    }

    /** Arguments: the folder of {@code v1.NN.json.gz} documents, the overlay file, the output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateSchemas OPENAPI_DIR OVERLAY_FILE OUTPUT_DIR");
        }
        JsonMapper json = JsonMapper.builder().build();
        ApiValidationOverlay overlay = ApiValidationOverlay.read(Path.of(args[1]), json);
        List<String> versions = new GenerateSchemas(overlay, Path.of(args[2])).generate(documents(Path.of(args[0])));
        System.out.println("kvet: generated strict schemas for Kubernetes " + String.join(", ", versions));
    }

    /** The bundled documents in a folder, oldest version first. */
    static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(OpenApiDocument::isDocument)
                    .sorted(Comparator.comparing(GenerateSchemas::minor))
                    .toList();
        }
    }

    /** Generates the schemas of every document and the version list; returns the versions written. */
    public List<String> generate(List<Path> documents) throws IOException {
        List<String> versions = new ArrayList<>();
        Set<ApiValidationOverlay.Rule> used = new HashSet<>();
        for (Path file : documents) {
            OpenApiDocument document = OpenApiDocument.read(file, json);
            used.addAll(overlay.applyTo(document.definitions()));
            writeVersion(document);
            versions.add(document.kubernetesVersion());
        }
        List<ApiValidationOverlay.Rule> unused = overlay.rules().stream().filter(rule -> !used.contains(rule)).toList();
        if (!unused.isEmpty()) {
            // A rule that matches no bundled version is a typo in the overlay, not a rule.
            throw new IllegalStateException("overlay rules that match no definition: " + unused);
        }
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        ArrayNode names = list.putArray("versions");
        versions.forEach(names::add);
        write(output.resolve("versions.json"), list);
        return versions;
    }

    private void writeVersion(OpenApiDocument document) throws IOException {
        Map<String, ObjectNode> strict = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> definition : document.definitions().properties()) {
            strict.put(definition.getKey(), StrictSchemas.definition(definition.getKey(), definition.getValue()));
        }
        Path folder = output.resolve(document.kubernetesVersion());
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        index.put("kubernetesVersion", document.kubernetesVersion());
        ArrayNode entries = index.putArray("kinds");
        for (ResourceKind kind : ResourceKinds.of(document)) {
            write(folder.resolve(kind.schemaPath()), KindSchema.of(kind.definition(), strict));
            ObjectNode entry = entries.addObject();
            entry.put("group", kind.group());
            entry.put("version", kind.version());
            entry.put("kind", kind.kind());
            entry.put("namespaced", kind.namespaced());
            entry.put("definition", kind.definition());
            entry.put("schema", kind.schemaPath());
        }
        write(folder.resolve("index.json"), index);
    }

    private void write(Path file, JsonNode content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            json.writeValue(out, content);
        }
    }

    private static int minor(Path document) {
        String name = document.getFileName().toString();
        return Integer.parseInt(name.substring("v1.".length(), name.indexOf(".json")));
    }
}
