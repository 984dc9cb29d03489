package dev.kvet.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.run.CheckRun;
import dev.kvet.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulingCheckTest {

    @TempDir
    Path dir;

    @Test
    void aBadQuantityIsReportedOnceWhenTheSchemaEngineRunsToo() throws Exception {
        Path nodes = Files.writeString(dir.resolve("nodes.yaml"), """
                nodes:
                - name: n1
                  capacity: {cpu: "4", memory: 8Gi, pods: "110"}
                """);
        Path app = Files.writeString(dir.resolve("app.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    resources:
                      requests: {memory: 512mb, cpu: 100m}
                """);
        RunOptions options = new RunOptions(null, null, dir, List.of(), List.of(nodes), List.of());
        List<String> found = CheckRun.prepare(options).execute(List.of(new Source("app.yaml", app)), done -> { })
                .findings().stream()
                .filter(finding -> finding.message().contains("512mb"))
                .map(finding -> finding.rule() + "@" + finding.span().line() + ":" + finding.span().column())
                .toList();
        assertEquals(List.of("schema/invalid-value@9:26"), found);
    }

    @Test
    void anInventoryWhosePoolsHaveNoNodesSaysSoInOneLine() throws Exception {
        Path nodes = Files.writeString(dir.resolve("pool.yaml"), """
                apiVersion: kvet.dev/v1alpha1
                kind: NodePool
                metadata: {name: general}
                spec:
                  count: 0
                  template: {status: {capacity: {cpu: "4", memory: 16Gi, pods: "110"}}}
                """);
        CheckSetupException error = assertThrows(CheckSetupException.class,
                () -> SchedulingCheckFactory.inventory(List.of(nodes)));
        assertEquals("the node inventory " + nodes + " holds no nodes (no Node, and no NodePool with a count above 0)",
                error.getMessage());
    }
}
