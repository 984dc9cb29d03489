package dev.kvet.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/** Compiles JSON Schema 2020-12 documents with networknt, resolving every reference inside the document itself. */
final class SchemaCompiler {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private SchemaCompiler() {
    }

    /** A compiled schema ready for concurrent use; {@code id} names it in error locations ({@code kvet:...}). */
    static CompiledSchema compile(String id, JsonNode document) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("kvet:" + id), document);
        // Resolve every $ref now, once, instead of lazily on the first validations of parallel threads.
        schema.initializeValidators();
        return new CompiledSchema(schema, document);
    }
}
