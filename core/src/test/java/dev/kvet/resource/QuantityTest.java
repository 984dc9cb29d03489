package dev.kvet.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cases from k8s.io/apimachinery/pkg/api/resource/quantity_test.go (TestQuantityParse and
 * TestQuantityParseZero/invalid tables) and the Kubernetes documentation "Resource units in Kubernetes".
 */
class QuantityTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "1, 1",
            "500m, 0.5",
            "0.5, 0.5",
            ".5, 0.5",
            "+1, 1",
            "-1, -1",
            "1Ki, 1024",
            "1Mi, 1048576",
            "1.5Gi, 1610612736",
            "1G, 1000000000",
            "129e6, 129000000",
            "129M, 129000000",
            "1e3, 1000",
            "1E3, 1000",
            "1e-3, 0.001",
            "100n, 0.0000001",
            "5u, 0.000005",
            "1k, 1000",
            "2Ei, 2305843009213693952",
    })
    void parsesLikeKubernetes(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Quantity.parse(text).value()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1gb", "1GB", "1 Gi", "Gi", ".", "1.2.3", "1Gib", "1e", "1K", "x", "--1", "1e1000", "1i"})
    void refusesWhatKubernetesRefuses(String text) {
        assertTrue(Quantity.tryParse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"100m, 100", "0.1, 100", "1, 1000", "1.0005, 1001", "1n, 1"})
    void milliValueRoundsUp(String text, long millis) {
        assertEquals(millis, Quantity.parse(text).milliValue());
    }

    @ParameterizedTest
    @CsvSource({"1Ki, 1024", "0.5, 1", "1500m, 2", "128Mi, 134217728"})
    void longValueRoundsUp(String text, long value) {
        assertEquals(value, Quantity.parse(text).longValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1gb", "512MB", "1 Gi"})
    void explainsByteUnitMistakes(String text) {
        assertTrue(Quantity.problem(text).contains(text));
    }
}
