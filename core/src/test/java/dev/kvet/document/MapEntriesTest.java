package dev.kvet.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.location.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array-backed map must read exactly like the linked hash map it replaces, small or large. */
class MapEntriesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 8, 9, 40})
    void readsLikeALinkedMapWhereTheLastOfARepeatedKeyWinsAtItsOwnPlace(int distinctKeys) {
        List<YamlMap.Entry> written = new ArrayList<>();
        for (int i = 0; i < distinctKeys; i++) {
            written.add(entry("k" + i, i));
            if (i % 3 == 0) {
                written.add(entry("k" + (i / 2), 100 + i));
            }
        }
        Map<String, YamlMap.Entry> expected = new LinkedHashMap<>();
        for (YamlMap.Entry entry : written) {
            expected.remove(entry.key());
            expected.put(entry.key(), entry);
        }

        MapEntries entries = new MapEntries(written);

        assertEquals(expected, entries);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(entries.keySet()));
        assertEquals(List.copyOf(expected.values()), List.copyOf(entries.values()));
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(entries.entrySet()));
        List<String> visited = new ArrayList<>();
        entries.forEach((key, entry) -> visited.add(key));
        assertEquals(List.copyOf(expected.keySet()), visited);
        for (String key : expected.keySet()) {
            assertEquals(expected.get(key), entries.get(key), key);
            assertTrue(entries.keySet().contains(key), key);
        }
        assertNull(entries.get("absent"));
        assertFalse(entries.containsKey("absent"));
        assertEquals(expected.size(), entries.size());
    }

    private static YamlMap.Entry entry(String key, int line) {
        return new YamlMap.Entry(key, Span.at(line + 1, 1), new YamlScalar(key, ScalarValue.string(key), true, Span.at(line + 1, 4)));
    }
}
