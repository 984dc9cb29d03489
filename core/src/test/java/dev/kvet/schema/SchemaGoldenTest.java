package dev.kvet.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.source.Source;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the schema engine over every fixture below {@code src/test/resources/schema} and compares its findings
 * with the {@code # expect:} comments of the fixture (see {@link GoldenFixture}). Every fixture gets the CRDs of
 * {@code crds/}; those in {@code with-schemas/} also get the schema files of {@code schemas/}.
 */
class SchemaGoldenTest {

    private static Path fixtures() throws URISyntaxException {
        return Path.of(SchemaGoldenTest.class.getResource("/schema").toURI());
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureReportsExactlyItsExpectations() throws Exception {
        Path root = fixtures();
        return yamlFiles(root).stream().filter(file -> !file.startsWith(root.resolve("crds")))
                .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> check(root, file)));
    }

    @Test
    void realWorldSetStaysVaried() throws Exception {
        Path root = fixtures();
        int objects = 0;
        for (Path file : yamlFiles(root.resolve("real-world"))) {
            objects += run(root, file, null).summary().objects();
        }
        // Each real-world file is also a fixture above, without expectations: every object must pass clean.
        assertTrue(objects >= 40, "the real-world set must stay varied; it has " + objects + " objects");
    }

    private static void check(Path root, Path file) throws Exception {
        GoldenFixture fixture = GoldenFixture.parse(Files.readString(file));
        List<Finding> findings = run(root, file, fixture.kubernetesVersion()).findings();
        List<Finding> unexpected = new ArrayList<>(findings);
        List<GoldenFixture.Expectation> unmet = new ArrayList<>();
        for (GoldenFixture.Expectation expectation : fixture.expectations()) {
            Finding match = unexpected.stream().filter(expectation::matches).findFirst().orElse(null);
            if (match == null) {
                unmet.add(expectation);
            } else {
                unexpected.remove(match);
            }
        }
        if (!unexpected.isEmpty() || !unmet.isEmpty()) {
            fail("unexpected findings:\n" + describe(unexpected) + "\nexpectations not met:\n" + unmet);
        }
    }

    static Report run(Path root, Path file, String kubernetesVersion) throws Exception {
        List<Path> schemas = file.startsWith(root.resolve("with-schemas")) ? List.of(root.resolve("schemas")) : List.of();
        RunOptions options = new RunOptions(kubernetesVersion, null, root, List.of(root.resolve("crds")), schemas,
                List.of(), List.of(), false);
        CheckRun run = CheckRun.of(List.of(new SchemaCheckFactory().create(options).orElseThrow()));
        return run.execute(List.of(new Source(root.relativize(file).toString(), file)), done -> { });
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            out.append("  ").append(finding.span().line()).append(':').append(finding.span().column()).append(' ')
                    .append(finding.rule()).append(" | ").append(finding.message()).append(" | ")
                    .append(finding.hint()).append('\n');
        }
        return out.toString();
    }
}
