package dev.kvet.document;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads kvet's bundled JSON (schemas, rule catalogue) into the tree a {@code JsonMapper} would make, with the
 * streaming parser alone: building a mapper per reader and its tree deserializer costs a cold start time that
 * reading a tree does not need (README: Benchmarks).
 */
public final class JsonText {

    // Interned property names: the schema validator compares them with the keys of objects, which the YAML
    // parser interns, and equal references compare at once.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean longIntegers;

    private JsonText(boolean longIntegers) {
        this.longIntegers = longIntegers;
    }

    /** The tree of a JSON document, with numbers typed as {@code JsonMapper.readTree} types them by default. */
    public static JsonNode read(byte[] json) {
        return new JsonText(false).parse(json);
    }

    /** The tree of a JSON document with every integer as a long, as {@code USE_LONG_FOR_INTS} reads it. */
    public static JsonNode readLongIntegers(byte[] json) {
        return new JsonText(true).parse(json);
    }

    private JsonNode parse(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            return value(parser, parser.nextToken());
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        };
    }

    private JsonNode integer(JsonParser parser) {
        if (longIntegers) {
            return NODES.numberNode(parser.getLongValue());
        }
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }
}
