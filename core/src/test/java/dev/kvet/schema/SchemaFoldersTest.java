package dev.kvet.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Finding;
import dev.kvet.run.CheckRun;
import dev.kvet.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFoldersTest {

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: rollouts.argoproj.io
            spec:
              group: argoproj.io
              scope: Namespaced
              names: {plural: rollouts, kind: Rollout}
              versions:
              - name: v1alpha1
                served: true
                storage: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        required: [selector]
                        properties:
                          replicas: {type: integer, minimum: 0}
                          selector:
                            type: object
                            properties:
                              matchLabels: {type: object, additionalProperties: {type: string}}
                          strategy:
                            type: object
                            properties:
                              canary:
                                type: object
                                properties:
                                  maxSurge: {x-kubernetes-int-or-string: true}
                                  steps: {type: array, items: {type: object, x-kubernetes-preserve-unknown-fields: true}}
            """;

    /** The same schema as openapi2jsonschema writes it: JSON, additionalProperties false on every object. */
    private static final String CATALOG_FILE = """
            {"type": "object", "additionalProperties": false,
             "properties": {
              "apiVersion": {"type": "string"}, "kind": {"type": "string"}, "metadata": {"type": "object"},
              "spec": {"type": "object", "required": ["selector"], "additionalProperties": false, "properties": {
                "replicas": {"type": "integer", "minimum": 0},
                "selector": {"type": "object", "additionalProperties": false, "properties": {
                  "matchLabels": {"type": "object", "additionalProperties": {"type": "string"}}}},
                "strategy": {"type": "object", "additionalProperties": false, "properties": {
                  "canary": {"type": "object", "additionalProperties": false, "properties": {
                    "maxSurge": {"anyOf": [{"type": "integer"}, {"type": "string"}], "x-kubernetes-int-or-string": true},
                    "steps": {"type": "array", "items": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}
                  }}}}}}}}
            """;

    private static final String ROLLOUT = """
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata:
              name: web
              lables: {app: web}
            spec:
              replicas: -1
              strategy:
                canary:
                  maxSurge: 25%
                  maxSurg: 1
                  steps: [{setWeight: 20}, {pause: {}}]
              selectr: {matchLabels: {app: web}}
            """;

    @TempDir
    Path dir;

    @Test
    void aCatalogFileGivesTheFindingsOfTheCrdItWasMadeFrom() throws Exception {
        Path manifest = write("rollout.yaml", ROLLOUT);
        Path crd = write("crds/rollout.yaml", CRD);
        write("schemas/argoproj.io/rollout_v1alpha1.json", CATALOG_FILE);

        List<String> fromCrd = findings(manifest, List.of(crd), List.of());
        List<String> fromFile = findings(manifest, List.of(), List.of(dir.resolve("schemas")));

        assertEquals(List.of("5:3 schema/unknown-field", "6:1 schema/missing-field", "7:13 schema/invalid-value",
                "11:7 schema/unknown-field", "13:3 schema/unknown-field"),
                fromCrd.stream().map(line -> line.substring(0, line.indexOf(" |"))).toList());
        assertEquals(fromCrd, fromFile);
    }

    @Test
    void aCrdWinsOverACatalogFileOfTheSameType() throws Exception {
        Path manifest = write("rollout.yaml", ROLLOUT.replace("replicas: -1", "replicas: 1"));
        Path crd = write("crds/rollout.yaml", CRD);
        write("schemas/argoproj.io/rollout_v1alpha1.json", "{\"type\": \"object\", \"properties\": {\"spec\": "
                + "{\"type\": \"object\", \"properties\": {\"replicas\": {\"type\": \"string\"}}}}}");

        List<String> findings = findings(manifest, List.of(crd), List.of(dir.resolve("schemas")));

        assertTrue(findings.stream().noneMatch(line -> line.contains("wrong-type")), findings.toString());
        assertEquals(4, findings.size(), findings.toString());
    }

    @Test
    void indexesGroupFoldersOnlyAndMatchesKindsIgnoringCase() throws Exception {
        write("catalog/README.md", "# schemas");
        write("catalog/Utilities/tool_v1.json", "{}");
        write("catalog/.github/ci_v1.json", "{}");
        write("catalog/argoproj.io/notes.txt", "");
        Path rollout = write("catalog/argoproj.io/rollout_v1alpha1.json", CATALOG_FILE);

        SchemaFolders folders = SchemaFolders.index(List.of(dir.resolve("catalog")));

        assertEquals(Optional.of(rollout), folders.find(new ApiType.Custom("argoproj.io", "v1alpha1", "Rollout")));
        assertEquals(Optional.empty(), folders.find(new ApiType.Custom("argoproj.io", "v1", "Rollout")));
        assertEquals(Optional.empty(), folders.find(new ApiType.Custom("Utilities", "v1", "Tool")));
    }

    @Test
    void theFirstFolderWithATypesFileWins() throws Exception {
        Path first = write("first/argoproj.io/rollout_v1alpha1.json", CATALOG_FILE);
        write("second/argoproj.io/rollout_v1alpha1.json", "{}");
        write("second/argoproj.io/analysistemplate_v1alpha1.json", "{}");

        SchemaFolders folders = SchemaFolders.index(List.of(dir.resolve("first"), dir.resolve("second")));

        assertEquals(Optional.of(first), folders.find(new ApiType.Custom("argoproj.io", "v1alpha1", "Rollout")));
    }

    @Test
    void refusesFoldersThatAreMissingOrHoldNoSchemaFiles() throws Exception {
        Path file = write("file.json", "{}");
        write("group-folder/rollout_v1alpha1.json", CATALOG_FILE);

        assertEquals("--schemas " + dir.resolve("missing") + ": no such folder", setupError(dir.resolve("missing")));
        assertEquals("--schemas " + file + ": not a folder", setupError(file));
        assertTrue(setupError(dir.resolve("group-folder")).endsWith("no GROUP/KIND_VERSION.json schema files in it "
                + "(such as monitoring.coreos.com/servicemonitor_v1.json); give the folder above the group folders"));
    }

    @Test
    void readsOnlyTheFilesOfTypesThatOccur() throws Exception {
        Path manifest = write("rollout.yaml", ROLLOUT);
        write("schemas/argoproj.io/rollout_v1alpha1.json", CATALOG_FILE);
        write("schemas/argoproj.io/analysistemplate_v1alpha1.json", "not JSON at all");

        List<String> findings = findings(manifest, List.of(), List.of(dir.resolve("schemas")));

        assertTrue(findings.stream().noneMatch(line -> line.contains("invalid-crd")), findings.toString());
    }

    @Test
    void saysWhyAFileCannotBeUsed() throws Exception {
        assertEquals("it is empty", unusable(write("empty.json", " \n")));
        assertEquals("it is not JSON (line 1, column 13: Unexpected character ('}' (code 125)): was expecting "
                + "double-quote to start property name)", unusable(write("comma.json", "{\"type\": 1, }")));
        assertEquals("it is not the JSON Schema of an object (no \"type\": \"object\", no \"properties\")",
                unusable(write("string.json", "{\"type\": \"string\"}")));
    }

    @Test
    void dropsTheConvertersClosingButKeepsFieldsNamedAdditionalProperties() throws Exception {
        Path file = write("open.json", "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {"
                + "\"additionalProperties\": {\"type\": \"boolean\"},"
                + " \"labels\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}}}");

        assertEquals("{\"type\":\"object\",\"properties\":{\"additionalProperties\":{\"type\":\"boolean\"},"
                + "\"labels\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}}}",
                SchemaFile.openApiV3(file).toString());
    }

    private String unusable(Path file) {
        return assertThrows(UnusableSchemaException.class, () -> SchemaFile.openApiV3(file)).getMessage();
    }

    private String setupError(Path folder) {
        return assertThrows(CheckSetupException.class, () -> SchemaFolders.index(List.of(folder))).getMessage();
    }

    private List<String> findings(Path manifest, List<Path> crds, List<Path> schemas) throws Exception {
        RunOptions options = new RunOptions(null, null, dir, crds, schemas, List.of(), List.of(), false);
        CheckRun run = CheckRun.of(List.of(new SchemaCheckFactory().create(options).orElseThrow()));
        return run.execute(List.of(new Source("rollout.yaml", manifest)), done -> { }).findings().stream()
                .map(SchemaFoldersTest::describe).toList();
    }

    private static String describe(Finding finding) {
        return finding.span().line() + ":" + finding.span().column() + " " + finding.rule() + " | "
                + finding.message() + " | " + finding.hint();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
