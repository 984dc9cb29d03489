package dev.kvet.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonTextTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonMapper LONG_MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

    private static final String SAMPLE = """
            {"name": "web", "small": 3, "large": 5000000000, "huge": 123456789012345678901234567890,
             "ratio": 0.25, "exponent": 1e3, "negative": -7, "flags": [true, false, null],
             "nested": {"empty": {}, "list": [], "text": "caf\\u00e9 \\"quoted\\""}, "small": 4}
            """;

    @Test
    void readsTheTreeAMapperReads() {
        byte[] json = SAMPLE.getBytes(StandardCharsets.UTF_8);
        assertSameTree(MAPPER.readTree(json), JsonText.read(json));
    }

    @Test
    void readsIntegersAsLongsLikeUseLongForInts() {
        byte[] json = "{\"a\": 3, \"b\": [1, -2, 5000000000], \"c\": 1.5}".getBytes(StandardCharsets.UTF_8);
        assertSameTree(LONG_MAPPER.readTree(json), JsonText.readLongIntegers(json));
    }

    @Test
    void readsEveryBundledSchemaAsTheMapperDoes() throws IOException, URISyntaxException {
        URI versions = JsonTextTest.class.getClassLoader().getResource("kvet/schemas/versions.json").toURI();
        try (FileSystem jar = versions.getScheme().equals("jar") ? FileSystems.newFileSystem(versions, Map.of()) : null;
             Stream<Path> walk = Files.walk(Path.of(versions).getParent())) {
            List<Path> files = walk.filter(path -> path.toString().endsWith(".json")).toList();
            assertTrue(files.size() > 100, "the bundled schemas: " + files.size());
            for (Path file : files) {
                byte[] json = Files.readAllBytes(file);
                assertSameTree(MAPPER.readTree(json), JsonText.read(json));
            }
        }
    }

    /** Equal trees with equal node types: JsonNode equality tells an int 3 from a long 3. */
    private static void assertSameTree(JsonNode expected, JsonNode actual) {
        assertEquals(expected, actual);
        assertEquals(types(expected), types(actual));
    }

    private static String types(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        if (node.isContainer()) {
            out.append('[');
            node.forEach(child -> out.append(types(child)).append(','));
            node.propertyNames().forEach(name -> out.append(name).append(';'));
            out.append(']');
        }
        return out.toString();
    }
}
