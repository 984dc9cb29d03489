package dev.kvet.schema;

import dev.kvet.document.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one catalog schema file back into the {@code openAPIV3Schema} of the CRD it was converted from, so that
 * {@link CrdSchema} compiles it exactly as it compiles a CRD's.
 */
final class SchemaFile {

    private SchemaFile() {
    }

    /**
     * The CRD schema a catalog file was made from.
     *
     * @throws UnusableSchemaException when the file cannot be read or is not the JSON Schema of an object
     */
    static JsonNode openApiV3(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableSchemaException("cannot read it (" + e.getMessage() + ")");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new UnusableSchemaException("it is empty");
        }
        JsonNode schema;
        try {
            schema = JsonText.read(bytes);
        } catch (JacksonException e) {
            throw new UnusableSchemaException("it is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        }
        if (!schema.isObject() || !(schema.path("type").asString("").equals("object")
                || schema.path("properties").isObject())) {
            throw new UnusableSchemaException("it is not the JSON Schema of an object (no \"type\": \"object\", no "
                    + "\"properties\")");
        }
        return withoutClosedObjects(schema.deepCopy());
    }

    /**
     * Drops {@code "additionalProperties": false}, which Kubernetes forbids in CRD schemas and converters such as
     * openapi2jsonschema add to every object, even to those that keep unknown fields; {@link CrdSchema} closes
     * objects itself where the CRD would, so files with and without it validate alike.
     */
    private static JsonNode withoutClosedObjects(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            JsonNode additional = object.get("additionalProperties");
            if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                object.remove("additionalProperties");
            }
            for (Map.Entry<String, JsonNode> keyword : object.properties()) {
                withoutClosedObjects(keyword.getValue());
            }
        } else if (schema.isArray()) {
            schema.forEach(SchemaFile::withoutClosedObjects);
        }
        return schema;
    }
}
