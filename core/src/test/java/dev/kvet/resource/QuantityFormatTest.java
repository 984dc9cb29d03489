package dev.kvet.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Canonical forms from k8s.io/apimachinery/pkg/api/resource/quantity_test.go (TestQuantityString and the
 * canonical column of TestQuantityParse): BinarySI takes the largest suffix that keeps the value whole,
 * DecimalSI millis print as whole units or with m.
 */
class QuantityFormatTest {

    @ParameterizedTest
    @CsvSource({
            "1073741824, 1Gi",
            "314572800, 300Mi",
            "6144, 6Ki",
            "1074815565824, 1001Gi",
            "1099511627776, 1Ti",
            "5, 5",
            "0, 0",
            "1610612736, 1536Mi",
            "1000000000, 1000000000",
    })
    void binary(long bytes, String expected) {
        assertEquals(expected, QuantityFormat.binary(bytes));
    }

    @ParameterizedTest
    @CsvSource({"500, 500m", "1500, 1500m", "2000, 2", "100, 100m", "0, 0"})
    void milli(long milli, String expected) {
        assertEquals(expected, QuantityFormat.milli(milli));
    }

    @ParameterizedTest
    @CsvSource({"1.5Gi, memory, 1536Mi", "0.5, cpu, 500m", "129e6, memory, 129000000", "2, nvidia.com/gpu, 2",
            "1Gi, hugepages-2Mi, 1Gi"})
    void parsedThenFormatted(String text, String resource, String expected) {
        assertEquals(expected, ResourceList.of(resource, Quantity.parse(text)).format(resource));
    }
}
