package dev.kvet.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FitError.Error() in kubernetes/pkg/scheduler/framework/types.go: reasons counted per node, written
 * "{count} {reason}", sorted as strings (so "10 …" sorts before "2 …"), joined with ", ", ended with ".".
 */
class FitErrorTest {

    @Test
    void messageOfTheIssueAndKubectlDescribe() {
        FitError error = new FitError(3);
        error.add(List.of("Insufficient memory"));
        error.add(List.of("node(s) had untolerated taint {dedicated: gpu}"));
        error.add(List.of("node(s) had untolerated taint {dedicated: gpu}"));
        assertEquals("0/3 nodes are available: 1 Insufficient memory, 2 node(s) had untolerated taint {dedicated: gpu}.",
                error.message());
    }

    @Test
    void reasonsSortAsStrings() {
        FitError error = new FitError(12);
        for (int i = 0; i < 10; i++) {
            error.add(List.of("node(s) didn't match Pod's node affinity/selector"));
        }
        error.add(List.of("Insufficient cpu", "Insufficient memory"));
        error.add(List.of("Insufficient cpu"));
        assertEquals(List.of("1 Insufficient memory", "10 node(s) didn't match Pod's node affinity/selector",
                "2 Insufficient cpu"), error.reasons());
    }
}
