package dev.kvet.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolution follows go-yaml v2 (gopkg.in/yaml.v2 resolve.go), which Kubernetes uses through sigs.k8s.io/yaml. */
class ScalarValueTest {

    @ParameterizedTest
    @CsvSource({
            "yes, BOOLEAN", "no, BOOLEAN", "on, BOOLEAN", "off, BOOLEAN", "y, BOOLEAN", "N, BOOLEAN",
            "true, BOOLEAN", "False, BOOLEAN", "~, NULL", "null, NULL", "80, INTEGER", "-3, INTEGER",
            "0755, INTEGER", "0x1F, INTEGER", "1e3, FLOAT", "1.5, FLOAT", ".5, FLOAT", ".inf, FLOAT",
            "1:20, STRING", "nginx, STRING", "1.2.3, STRING", "500m, STRING", "1Gi, STRING",
    })
    void plainScalarsResolveAsKubernetesReadsThem(String text, ScalarValue.Type type) {
        assertEquals(type, ScalarValue.resolve(text, true, null).type(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "on", "0755", "1:20", "N"})
    void yaml11OnlyReadingsAreNoted(String text) {
        assertNotNull(ScalarValue.resolve(text, true, null).yaml11Only(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "80", "nginx", "1e3"})
    void commonReadingsCarryNoNote(String text) {
        assertNull(ScalarValue.resolve(text, true, null).yaml11Only(), text);
    }

    @ParameterizedTest
    @CsvSource({"0755, 493", "0x10, 16", "1_000, 1000", "+7, 7"})
    void integersHaveTheirValue(String text, long expected) {
        assertEquals(BigInteger.valueOf(expected), ScalarValue.resolve(text, true, null).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "80", "true"})
    void quotedScalarsAreStrings(String text) {
        assertEquals(ScalarValue.Type.STRING, ScalarValue.resolve(text, false, null).type());
    }

    @ParameterizedTest
    @CsvSource({"'tag:yaml.org,2002:str', 80, STRING", "'tag:yaml.org,2002:int', 80, INTEGER"})
    void explicitTagsWin(String tag, String text, ScalarValue.Type type) {
        assertEquals(type, ScalarValue.resolve(text, true, tag).type());
    }
}
