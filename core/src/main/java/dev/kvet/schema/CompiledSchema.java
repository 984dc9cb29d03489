package dev.kvet.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One kind's schema, compiled once and shared by every thread of a run, with the JSON it was compiled from so
 * that messages can look up valid field names and allowed values.
 *
 * @param schema   the compiled validator
 * @param document the schema document: {@code $ref} to the kind's definition, {@code $defs} with its types
 */
public record CompiledSchema(Schema schema, JsonNode document) {

    /** The validation errors of a JSON object; empty when it is valid. */
    public List<Error> validate(JsonNode object) {
        return schema.validate(object);
    }
}
