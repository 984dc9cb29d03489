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
            "1:20, STRING", "nginx, STRING", "1e400, STRING", "-1e400, STRING", "1.2.3, STRING", "500m, STRING", "1Gi, STRING",
            "128Mi, STRING", "10.0.0.1, STRING", "1:20:30, STRING", "0x1G, STRING", "2e, STRING", "-.Inf, FLOAT",
    })
    void plainScalarsResolveAsKubernetesReadsThem(String text, ScalarValue.Type type) {
        assertEquals(type, ScalarValue.resolve(text, true, null).type(), text);
    }

    /** Every branch of plain resolution, the first character of each kind and the near misses beside them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "''        | NULL    | NONE", "~ | NULL | NONE", "null | NULL | NONE", "Null | NULL | NONE",
            "NULL | NULL | NONE", "nULL | STRING | nULL", "nil | STRING | nil", "~~ | STRING | ~~",
            "TRUE | BOOLEAN | true", "tRUE | STRING | tRUE", "FALSE | BOOLEAN | false", "falsey | STRING | falsey",
            "YES | BOOLEAN | true", "yES | STRING | yES", "Off | BOOLEAN | false", "oFF | STRING | oFF",
            "n | BOOLEAN | false", "ON | BOOLEAN | true", "onion | STRING | onion", "o | STRING | o",
            "0 | INTEGER | 0", "7 | INTEGER | 7", "65535 | INTEGER | 65535", "-0 | INTEGER | 0",
            "+12 | INTEGER | 12", "9223372036854775808 | INTEGER | 9223372036854775808",
            "00 | INTEGER | 0", "0_7 | INTEGER | 7", "08 | FLOAT | 8.0", "0x_1f | INTEGER | 31",
            "-0x10 | INTEGER | -16", "0b101 | INTEGER | 5", "0b2 | STRING | 0b2", "1__0 | INTEGER | 10",
            "3.14 | FLOAT | 3.14", "1E-3 | FLOAT | 0.001", "-.5 | FLOAT | -0.5", "1. | FLOAT | 1.0",
            ". | STRING | .", "+ | STRING | +", "- | STRING | -", "-.INF | FLOAT | -Infinity",
            "+.inf | FLOAT | Infinity", ".NaN | FLOAT | NaN", "-.nan | STRING | -.nan", "e3 | STRING | e3",
            "190:20:30 | STRING | 190:20:30", "1:2 | STRING | 1:2", "1.0.0 | STRING | 1.0.0",
            "10Gi | STRING | 10Gi", "80/TCP | STRING | 80/TCP", "-v | STRING | -v", ".git | STRING | .git",
            "nginx:1.25 | STRING | nginx:1.25", "0755abc | STRING | 0755abc",
    })
    void plainScalarsHaveTheirExactValue(String text, ScalarValue.Type type, String value) {
        ScalarValue resolved = ScalarValue.resolve(text, true, null);
        assertEquals(type, resolved.type(), text);
        assertEquals(value, resolved.value() == null ? null : resolved.value().toString(), text);
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
