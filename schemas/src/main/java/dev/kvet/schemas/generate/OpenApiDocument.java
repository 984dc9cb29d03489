package dev.kvet.schemas.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One upstream Kubernetes OpenAPI v2 document, as bundled in {@code src/main/openapi/v1.NN.json.gz}.
 *
 * @param kubernetesVersion the minor version it describes, such as {@code 1.36}
 * @param definitions       its {@code definitions} section, by definition name
 * @param paths             its {@code paths} section, which tells which kinds are namespaced
 */
public record OpenApiDocument(String kubernetesVersion, ObjectNode definitions, JsonNode paths) {

    private static final Pattern FILE_NAME = Pattern.compile("v(\\d+\\.\\d+)\\.json\\.gz");

    /** Whether a file name is that of a bundled document, {@code v1.NN.json.gz}. */
    public static boolean isDocument(Path file) {
        return FILE_NAME.matcher(file.getFileName().toString()).matches();
    }

    /** Reads a gzipped document; its Kubernetes version comes from the file name. */
    public static OpenApiDocument read(Path file, JsonMapper json) throws IOException {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a v1.NN.json.gz OpenAPI document: " + file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode root = json.readTree(in);
            return new OpenApiDocument(name.group(1), (ObjectNode) root.required("definitions"), root.path("paths"));
        }
    }
}
