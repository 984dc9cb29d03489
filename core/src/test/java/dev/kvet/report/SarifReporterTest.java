package dev.kvet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.run.CheckRun;
import dev.kvet.run.KvetVersion;
import dev.kvet.run.Report;
import dev.kvet.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SarifReporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path BASE = Path.of("").toAbsolutePath();

    @Test
    void outputIsValidAgainstTheOfficialSarifSchema() throws IOException {
        JsonNode sarif = sarif(SampleReports.fixtures(), BASE);
        List<Error> errors = schema().validate(sarif);
        assertTrue(errors.isEmpty(), () -> "SARIF schema violations: " + errors);
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() throws IOException {
        JsonNode sarif = sarif(SampleReports.fixtures(), BASE);
        ((ObjectNode) sarif.at("/runs/0/results/0/locations/0/physicalLocation/region"))
                .put("startLine", 0);
        assertFalse(schema().validate(sarif).isEmpty(), "a line 0 must break the schema");
    }

    @Test
    void outputWithUnreadableFilesIsValidAndMarksTheRunUnsuccessful() throws IOException {
        Report fixtures = SampleReports.fixtures();
        Report withError = new Report(fixtures.findings(), fixtures.texts(), fixtures.summary(),
                List.of("cannot read gone.yaml: NoSuchFileException"), fixtures.files(), fixtures.rules());
        JsonNode sarif = sarif(withError, BASE);
        assertTrue(schema().validate(sarif).isEmpty());
        JsonNode invocation = sarif.at("/runs/0/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals("cannot read gone.yaml: NoSuchFileException",
                invocation.at("/toolExecutionNotifications/0/message/text").asString());
    }

    @Test
    void driverDescribesEveryRule() {
        JsonNode driver = sarif(SampleReports.fixtures(), BASE).at("/runs/0/tool/driver");
        assertEquals("kvet", driver.get("name").asString());
        assertEquals(KvetVersion.get(), driver.get("version").asString());
        List<RuleInfo> rules = CheckRun.allRules();
        assertEquals(rules.size(), driver.get("rules").size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo rule = rules.get(i);
            JsonNode node = driver.get("rules").get(i);
            assertEquals(rule.id(), node.get("id").asString());
            assertEquals(rule.title(), node.at("/shortDescription/text").asString());
            assertEquals(rule.description(), node.at("/fullDescription/text").asString());
            assertEquals(rule.description(), node.at("/help/text").asString());
            String level = node.at("/defaultConfiguration/level").asString();
            assertTrue(List.of("error", "warning", "note").contains(level), level);
        }
    }

    @Test
    void everyResultCarriesItsRuleExactRegionAndRelativeUri() {
        Report report = SampleReports.fixtures();
        JsonNode run = sarif(report, BASE).at("/runs/0");
        JsonNode results = run.get("results");
        assertEquals(report.findings().size(), results.size());
        assertTrue(results.size() >= 4, "the fixtures have at least four findings");
        for (int i = 0; i < results.size(); i++) {
            Finding finding = report.findings().get(i);
            JsonNode result = results.get(i);
            assertEquals(finding.rule(), result.get("ruleId").asString());
            int ruleIndex = result.get("ruleIndex").asInt();
            assertEquals(finding.rule(), run.at("/tool/driver/rules/" + ruleIndex + "/id").asString());
            JsonNode region = result.at("/locations/0/physicalLocation/region");
            assertEquals(finding.span().line(), region.get("startLine").asInt());
            assertEquals(finding.span().column(), region.get("startColumn").asInt());
            assertEquals(finding.span().endLine(), region.get("endLine").asInt());
            assertEquals(finding.span().endColumn(), region.get("endColumn").asInt());
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("%SRCROOT%", artifact.get("uriBaseId").asString());
            assertTrue(artifact.get("uri").asString().startsWith(SampleReports.MANIFESTS + "/"));
        }
        assertEquals(BASE.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asString());
    }

    @Test
    void fileNamesAreEscapedAsUris() {
        JsonNode results = sarif(SampleReports.fixtures(), BASE).at("/runs/0/results");
        List<String> uris = new ArrayList<>();
        results.forEach(result -> uris.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()));
        assertTrue(uris.contains(SampleReports.MANIFESTS + "/odd%20name,50%25.yaml"), uris::toString);
    }

    @Test
    void filesOutsideTheBaseFolderGetAbsoluteFileUris(@TempDir Path elsewhere) throws IOException {
        Path file = Files.writeString(elsewhere.resolve("dup.yaml"), "a: 1\na: 2\n");
        Report report = SampleReports.run(List.of(new Source(file.toString(), file)));
        JsonNode artifact = sarif(report, BASE).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals(file.toUri().toString(), artifact.get("uri").asString());
        assertTrue(artifact.path("uriBaseId").isMissingNode());
    }

    @Test
    void fingerprintsSurviveLinesInsertedAbove(@TempDir Path folder) throws IOException {
        String manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";
        Path before = Files.writeString(folder.resolve("before.yaml"), manifest);
        Path after = Files.writeString(folder.resolve("after.yaml"), "# a new comment\n# and another\n" + manifest);
        JsonNode first = sarif(SampleReports.run(List.of(new Source("cm.yaml", before))), BASE).at("/runs/0/results/0");
        JsonNode second = sarif(SampleReports.run(List.of(new Source("cm.yaml", after))), BASE).at("/runs/0/results/0");
        assertNotEquals(first.at("/locations/0/physicalLocation/region/startLine").asInt(),
                second.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(first.get("partialFingerprints"), second.get("partialFingerprints"));
    }

    @Test
    void repeatedFindingsGetDistinctFingerprints() {
        JsonNode results = sarif(SampleReports.fixtures(), BASE).at("/runs/0/results");
        List<String> fingerprints = new ArrayList<>();
        results.forEach(result -> fingerprints.add(
                result.at("/partialFingerprints/" + SarifReporter.FINGERPRINT_KEY.replace("/", "~1")).asString()));
        assertEquals(fingerprints.size(), fingerprints.stream().distinct().count(), fingerprints::toString);
    }

    private static JsonNode sarif(Report report, Path base) {
        return MAPPER.readTree(SampleReports.print(new SarifReporter(base), report));
    }

    private static Schema schema() throws IOException {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }
}
