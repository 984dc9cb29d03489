package dev.kvet.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schedule.inventory.InventoryReader;
import dev.kvet.schedule.output.ScheduleJson;
import dev.kvet.source.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed scenarios of issue 5: each folder under src/test/resources/schedule holds nodes.yaml,
 * workloads.yaml and the expected JSON output. Run with {@code -Dkvet.updateGolden=true} to rewrite the
 * expectations after a deliberate change, then review the diff.
 */
class GoldenScenarioTest {

    private static final Path ROOT = Path.of("src/test/resources/schedule");

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String name) throws IOException {
        Path folder = ROOT.resolve(name);
        Inventory inventory = new InventoryReader().add("nodes.yaml", Files.readAllBytes(folder.resolve("nodes.yaml")))
                .inventory();
        AtomicReference<DryRun> run = new AtomicReference<>();
        Report report = CheckRun.of(List.of(new SchedulingCheck(inventory, run::set)))
                .execute(List.of(new Source("workloads.yaml", folder.resolve("workloads.yaml"))), done -> { });
        StringWriter json = new StringWriter();
        ScheduleJson.write(run.get(), report, new PrintWriter(json));
        Path expected = folder.resolve("expected.json");
        if (Boolean.getBoolean("kvet.updateGolden")) {
            Files.writeString(expected, json.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), json.toString());
    }
}
