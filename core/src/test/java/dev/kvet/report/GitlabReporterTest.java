package dev.kvet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.run.Report;
import dev.kvet.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GitlabReporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path BASE = Path.of("").toAbsolutePath();
    /** The severities GitLab's Code Quality report allows. */
    private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("gitlab.json",
                SampleReports.print(new GitlabReporter(BASE, BASE), SampleReports.fixtures()));
    }

    @Test
    void everyEntryHasTheRequiredFieldsWithAnAllowedSeverity(@TempDir Path folder) throws IOException {
        Path values = Files.writeString(folder.resolve("values.yaml"), "replicaCount: 2\n");
        Path chart = Files.writeString(folder.resolve("chart.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
        Path duplicate = Files.writeString(folder.resolve("dup.yaml"), "a: 1\na: 2\n");
        Report report = SampleReports.run(List.of(new Source("deploy/values.yaml", values),
                new Source("deploy/chart.yaml", chart), new Source("deploy/dup.yaml", duplicate)));
        assertEquals(Set.of(Severity.values()),
                Set.copyOf(report.findings().stream().map(Finding::severity).toList()), "every severity is tried");
        JsonNode entries = gitlab(report, BASE);
        assertTrue(entries.isArray());
        assertEquals(report.findings().size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Finding finding = report.findings().get(i);
            JsonNode entry = entries.get(i);
            assertEquals(finding.message(), entry.get("description").asString());
            assertEquals(finding.rule(), entry.get("check_name").asString());
            assertFalse(entry.get("fingerprint").asString().isBlank());
            assertTrue(GITLAB_SEVERITIES.contains(entry.get("severity").asString()), entry::toString);
            assertEquals(finding.file(), entry.at("/location/path").asString());
            JsonNode begin = entry.at("/location/lines/begin");
            assertTrue(begin.isInt(), entry::toString);
            assertEquals(finding.span().line(), begin.asInt());
        }
    }

    @Test
    void errorsAreCriticalWarningsMinorAndInfosInfo() {
        assertEquals("critical", GitlabReporter.severity(Severity.ERROR));
        assertEquals("minor", GitlabReporter.severity(Severity.WARNING));
        assertEquals("info", GitlabReporter.severity(Severity.INFO));
    }

    @Test
    void fingerprintsAreUniqueWithinAReport(@TempDir Path folder) throws IOException {
        Path repeated = Files.writeString(folder.resolve("repeated.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: '1'\n  k: '2'\n  k: '3'\n");
        Report report = SampleReports.run(List.of(new Source("repeated.yaml", repeated)));
        assertEquals(2, report.findings().size(), "two findings at the same field: the second and third 'k'");
        List<String> fingerprints = fingerprints(gitlab(report, BASE));
        fingerprints.addAll(fingerprints(gitlab(SampleReports.fixtures(), BASE)));
        assertEquals(fingerprints.size(), fingerprints.stream().distinct().count(), fingerprints::toString);
    }

    @Test
    void fingerprintsSurviveLinesInsertedAbove(@TempDir Path folder) throws IOException {
        String manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";
        Path before = Files.writeString(folder.resolve("before.yaml"), manifest);
        Path after = Files.writeString(folder.resolve("after.yaml"), "# a new comment\n# and another\n" + manifest);
        JsonNode first = gitlab(SampleReports.run(List.of(new Source("cm.yaml", before))), BASE).get(0);
        JsonNode second = gitlab(SampleReports.run(List.of(new Source("cm.yaml", after))), BASE).get(0);
        assertNotEquals(first.at("/location/lines/begin").asInt(), second.at("/location/lines/begin").asInt());
        assertEquals(first.get("fingerprint"), second.get("fingerprint"));
    }

    @Test
    void fingerprintsAreTheSarifOnes() {
        Report report = SampleReports.fixtures();
        JsonNode results = MAPPER.readTree(SampleReports.print(new SarifReporter(BASE), report)).at("/runs/0/results");
        List<String> sarif = new ArrayList<>();
        results.forEach(result -> sarif.add(
                result.at("/partialFingerprints/" + SarifReporter.FINGERPRINT_KEY.replace("/", "~1")).asString()));
        assertEquals(sarif, fingerprints(gitlab(report, BASE)));
    }

    @Test
    void pathsAreRelativeToTheRepositoryRootAboveTheWorkingDirectory(@TempDir Path root, @TempDir Path elsewhere)
            throws IOException {
        String manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";
        Path inside = Files.writeString(root.resolve("inside.yaml"), manifest);
        Path shared = Files.writeString(root.resolve("shared.yaml"), manifest);
        Path outside = Files.writeString(elsewhere.resolve("outside.yaml"), manifest);
        Report report = SampleReports.run(List.of(new Source("k8s/dup.yaml", inside),
                new Source("../shared/dup.yaml", shared), new Source(outside.toString(), outside)));
        JsonNode entries = gitlab(report, root.resolve("services/shop"), root);
        assertEquals("services/shop/k8s/dup.yaml", entries.at("/0/location/path").asString());
        assertEquals("services/shared/dup.yaml", entries.at("/1/location/path").asString());
        assertEquals(outside.toString(), entries.at("/2/location/path").asString(), "GitLab cannot link it anyway");
    }

    @Test
    void aCleanRunIsAnEmptyArray(@TempDir Path folder) throws IOException {
        Path clean = Files.writeString(folder.resolve("cm.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        assertEquals("[ ]", SampleReports.print(new GitlabReporter(BASE, BASE),
                SampleReports.run(List.of(new Source("cm.yaml", clean)))).strip());
    }

    private static JsonNode gitlab(Report report, Path root) {
        return gitlab(report, BASE, root);
    }

    private static JsonNode gitlab(Report report, Path workingDirectory, Path root) {
        return MAPPER.readTree(SampleReports.print(new GitlabReporter(workingDirectory, root), report));
    }

    private static List<String> fingerprints(JsonNode entries) {
        List<String> fingerprints = new ArrayList<>();
        entries.forEach(entry -> fingerprints.add(entry.get("fingerprint").asString()));
        return fingerprints;
    }
}
