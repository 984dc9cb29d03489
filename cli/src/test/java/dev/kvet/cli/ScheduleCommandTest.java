package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kvet schedule} and {@code kvet check --nodes} on the README's example and the seed scenarios. */
class ScheduleCommandTest {

    private static final String EXAMPLE = "../examples/schedule/";
    private static final String SCENARIO = "../core/src/test/resources/schedule/replicas-exceed-nodes/";

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        CliDriver cli = new CliDriver();
        int exit = cli.run(args);
        return new Result(exit, cli.out(), cli.err());
    }

    @Test
    void textShowsPlacementsNodesAndFindingsAndFailsOnPendingPods() {
        Result result = run("schedule", "--nodes", SCENARIO + "nodes.yaml", SCENARIO + "workloads.yaml");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().contains("api-2  Deployment/api  Pending  Burstable  0/2 nodes are available: "
                + "2 Insufficient memory."), result.out());
        assertTrue(result.out().contains("[########..]  75% 3Gi/4Gi"), result.out());
        assertTrue(result.out().contains("workloads.yaml:7:3: error schedule/pending-pod"), result.out());
    }

    @Test
    void aPodItsKubeletRefusesIsShownAsRefusedNotPending() {
        String scenario = "../core/src/test/resources/schedule/node-name-kubelet/";
        Result result = run("schedule", "--no-color", "--nodes", scenario + "nodes.yaml", scenario + "workloads.yaml");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().contains("bound    Pod/bound    node-a"), result.out());
        assertTrue(result.out().contains("too-big  Pod/too-big  Refused  Burstable   the kubelet of node node-a "
                + "refuses it: Insufficient memory"), result.out());
        assertTrue(result.out().contains("lost     Pod/lost     Pending  BestEffort"), result.out());
    }

    @Test
    void everyOutputCountsRefusedPodsApartFromPendingOnes(@TempDir Path folder) throws IOException {
        String scenario = "../core/src/test/resources/schedule/node-name-kubelet/";
        Path page = folder.resolve("schedule.html");
        Result result = run("schedule", "--no-color", "--nodes", scenario + "nodes.yaml", scenario + "workloads.yaml",
                "-o", "text", "-o", "json=" + folder.resolve("schedule.json"), "-o", "html=" + page);
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().contains("1/4 pods scheduled on 2 nodes, 1 pending, 2 refused"), result.out());
        JsonNode summary = JsonMapper.builder().build().readTree(folder.resolve("schedule.json").toFile())
                .get("summary");
        assertEquals(List.of(4, 1, 1, 2), List.of(summary.get("pods").asInt(), summary.get("scheduled").asInt(),
                summary.get("pending").asInt(), summary.get("refused").asInt()));
        String html = Files.readString(page);
        assertTrue(html.contains("<b>1/4</b> pods scheduled on <b>2</b> nodes, <b>1</b> pending, <b>2</b> refused"),
                html);
        assertTrue(html.contains("<h2>Pending pods</h2><table><tr><th>Pod</th><th>Workload</th><th>QoS</th>"
                + "<th>Why</th></tr><tr class=\"pending\"><td>lost</td>"), html);
        assertTrue(html.contains("<h2>Refused pods</h2><table><tr><th>Pod</th><th>Workload</th><th>QoS</th>"
                + "<th>Why</th></tr><tr class=\"pending\"><td>too-big</td>"), html);
    }

    @Test
    void aSummaryWithoutRefusedPodsDoesNotMentionThem() {
        Result result = run("schedule", "--no-color", "--nodes", SCENARIO + "nodes.yaml", SCENARIO + "workloads.yaml");
        assertTrue(result.out().contains("2/3 pods scheduled on 2 nodes, 1 pending\n"), result.out());
    }

    @Test
    void failOnComesFromTheConfigurationLikeEveryFrontEnd(@TempDir Path folder) throws IOException {
        String scenario = "../core/src/test/resources/schedule/low-free-memory/";
        String[] args = {"schedule", "--nodes", scenario + "nodes.yaml", scenario + "workloads.yaml"};
        assertEquals(0, run(args).exit(), "all pods placed, one warning, default failOn error");
        Path config = folder.resolve(".kvet.yaml");
        Files.writeString(config, "failOn: warning\n");
        String[] strict = {"schedule", "--config", config.toString(), "--nodes", scenario + "nodes.yaml",
                scenario + "workloads.yaml"};
        assertEquals(1, run(strict).exit());
        Files.writeString(config, "failOnn: warning\n");
        Result broken = run(strict);
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains(".kvet.yaml"), broken.err());
    }

    @Test
    void jsonFollowsTheContract() {
        Result result = run("schedule", "--nodes", SCENARIO + "nodes.yaml", SCENARIO + "workloads.yaml", "-o", "json");
        JsonNode root = JsonMapper.builder().build().readTree(result.out());
        assertEquals(3, root.get("summary").get("pods").asInt());
        assertEquals(1, root.get("summary").get("pending").asInt());
        JsonNode pending = root.get("pods").get(2);
        assertTrue(pending.get("node").isNull());
        assertEquals("Deployment", pending.get("workload").get("kind").asString());
        assertEquals("4Gi", root.get("nodes").get(0).get("allocatable").get("memory").asString());
    }

    @Test
    void htmlIsOneSelfContainedPage(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("report/schedule.html");
        Result result = run("schedule", "--nodes", EXAMPLE + "nodes.yaml", EXAMPLE + "workloads.yaml",
                "-o", "html=" + page);
        assertEquals(1, result.exit(), result.err());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("train-1"), "the pending pod is listed");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"),
                "no network assets or scripts");
    }

    @Test
    void allPodsPlacedWithoutFindingsExitsZero() {
        Result result = run("schedule", "--nodes", "../core/src/test/resources/schedule/node-name/nodes.yaml",
                "../core/src/test/resources/schedule/low-free-memory/workloads.yaml", "--fail-on", "error");
        assertEquals(0, result.exit(), result.out() + result.err());
    }

    @Test
    void usageAndInventoryErrorsExitTwoWithOneLine() {
        Result missing = run("schedule", SCENARIO + "workloads.yaml");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--nodes"), missing.err());
        Result unreadable = run("schedule", "--nodes", "no-such-inventory.yaml", SCENARIO + "workloads.yaml");
        assertEquals(2, unreadable.exit());
        assertEquals(1, unreadable.err().strip().lines().count(), unreadable.err());
        Result format = run("schedule", "--nodes", SCENARIO + "nodes.yaml", "-o", "sarif", SCENARIO + "workloads.yaml");
        assertEquals(2, format.exit());
    }

    @Test
    void checkWithNodesAddsSchedulingFindings() {
        Result with = run("check", "--nodes", SCENARIO + "nodes.yaml", SCENARIO + "workloads.yaml");
        assertTrue(with.out().contains("schedule/pending-pod"), with.out());
        assertEquals(1, with.exit());
        Result without = run("check", SCENARIO + "workloads.yaml");
        assertFalse(without.out().contains(" schedule/"), without.out());
    }
}
