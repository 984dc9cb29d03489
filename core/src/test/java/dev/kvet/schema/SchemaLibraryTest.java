package dev.kvet.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.schema.TargetVersion.MinorVersion;
import org.junit.jupiter.api.Test;

class SchemaLibraryTest {

    private final SchemaLibrary library = SchemaLibrary.bundled();

    @Test
    void bundlesEveryVersionFrom128To136But131() {
        assertEquals("[1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.35, 1.36]", library.versions().toString());
    }

    @Test
    void compilesAKindOnceAndSharesIt() {
        MinorVersion newest = MinorVersion.parse("1.36");
        KnownKind pod = library.index(newest).find("v1", "Pod").orElseThrow();
        assertTrue(pod.namespaced());
        assertSame(library.schema(newest, pod), library.schema(newest, pod));
    }

    @Test
    void knowsBuiltInGroupsPastAndPresent() {
        assertTrue(library.isBuiltInGroup("apps"));
        assertTrue(library.isBuiltInGroup("extensions"));
        assertTrue(library.isBuiltInGroup(""));
        assertEquals(false, library.isBuiltInGroup("example.com"));
    }
}
