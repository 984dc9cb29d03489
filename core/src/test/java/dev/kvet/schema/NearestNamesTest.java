package dev.kvet.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {

    @Test
    void findsTyposSwapsAndOtherSpellings() {
        assertEquals(List.of("metadata"), NearestNames.of("metadate", List.of("apiVersion", "kind", "metadata", "spec"), 3));
        assertEquals(List.of("Deployment"), NearestNames.of("Deploymnet", List.of("DaemonSet", "Deployment"), 3));
        assertEquals(List.of("imagePullPolicy"), NearestNames.of("image_pull_policy", List.of("image", "imagePullPolicy"), 3));
        assertEquals(List.of("apps/v1"), NearestNames.of("app/v1", List.of("apps/v1", "batch/v1"), 3));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(List.of(), NearestNames.of("foo", List.of("containers", "volumes"), 3));
    }

    @Test
    void joinsNamesForAHint() {
        assertEquals("a, b or c", NearestNames.either(List.of("a", "b", "c")));
        assertEquals("a", NearestNames.either(List.of("a")));
    }
}
