package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    private static final String EXAMPLES = "../examples";

    @TempDir
    Path temp;

    private final CliDriver cli = new CliDriver();

    private int kvet(String... args) {
        return cli.run(args);
    }

    @Test
    void cleanManifestsExitZero() {
        assertEquals(0, kvet("check", EXAMPLES + "/clean"));
        assertTrue(cli.out().contains("0 errors"), cli.out());
    }

    @Test
    void helmChartsAndKustomizationsAreReadForTheirManifestsOnly() {
        assertEquals(0, kvet("check", "-q", EXAMPLES + "/kustomize", EXAMPLES + "/helm"));
        String out = cli.out();
        assertEquals(4, out.lines().filter(line -> line.contains(" info source/kustomize-file ")).count(), out);
        assertEquals(2, out.lines().filter(line -> line.contains(" info source/helm-chart-file ")).count(), out);
        assertFalse(out.contains("reference/configmap"), "the ConfigMap a kustomization generates exists: " + out);
        assertTrue(out.contains("replicas.yaml:1:1: info source/kustomize-file replicas.yaml is a patch that "), out);
    }

    @Test
    void aKustomizePatchIsNoDuplicateOfTheObjectItPatches() throws Exception {
        String web = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\n";
        Path prod = Files.createDirectories(temp.resolve("prod"));
        Files.writeString(prod.resolve("kustomization.yaml"), "resources: [web.yaml]\npatches:\n- path: ./replicas.yaml\n"
                + "patchesStrategicMerge:\n- image.yaml\n");
        for (String file : List.of("web.yaml", "replicas.yaml", "image.yaml", "copy.yaml")) {
            Files.writeString(prod.resolve(file), web);
        }
        kvet("check", "-q", prod.toString());
        List<String> duplicates = cli.out().lines().filter(line -> line.contains("validation/duplicate-object")).toList();
        assertEquals(1, duplicates.size(), cli.out());
        // Files are read in name order: copy.yaml first, so web.yaml is the later declaration.
        assertTrue(duplicates.get(0).startsWith(prod.resolve("web.yaml") + ":3:"), duplicates.get(0));
        assertTrue(duplicates.get(0).contains("also at " + prod.resolve("copy.yaml") + ":3;"), duplicates.get(0));
    }

    @Test
    void fixChangesWhatIsCertainInRoundsAndReportsWhatIsLeft() throws Exception {
        Path file = temp.resolve("web.yaml");
        String broken = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: "2"   # keep this comment
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      contianers:
                      - name: web
                        image: nginx:1.27
                        env: [{name: DEBUG, value: yes}]
                        resources: {limits: {memory: 512mb}}
                """;
        Files.writeString(file, broken);
        assertEquals(1, kvet("check", "-q", "--fix", file.toString()));
        assertEquals(broken.replace("\"2\"", "2").replace("contianers", "containers").replace("value: yes",
                "value: \"yes\""), Files.readString(file));
        assertTrue(cli.err().contains("kvet: fixed 3 problems in 1 file"), cli.err());
        // What kvet cannot be sure of stays a finding: 512mb could mean 512M or 512Mi.
        assertTrue(cli.out().contains("error schema/invalid-value memory: 512mb is not a valid quantity"), cli.out());
        assertFalse(cli.out().contains("contianers"), cli.out());
    }

    @Test
    void withoutFixNothingIsWrittenButTheFixIsShown() throws Exception {
        Path file = temp.resolve("web.yaml");
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadate: {name: a}\n";
        Files.writeString(file, text);
        assertEquals(1, kvet("check", "--no-color", file.toString()));
        assertEquals(text, Files.readString(file));
        assertTrue(cli.out().contains("= fix: change metadate to metadata (kvet check --fix)"), cli.out());
    }

    @Test
    void aRepositoryRootHoldsOtherToolsFilesThatAreNoManifests() throws Exception {
        Files.writeString(temp.resolve(".gitlab-ci.yml"), "test:\n  script: [make]\n");
        Files.writeString(temp.resolve(".kvet.yaml"), "rules: {}\n");
        Files.writeString(temp.resolve("skaffold.yaml"), "apiVersion: skaffold/v4beta11\nkind: Config\n"
                + "metadata: {name: app}\nmanifests: {rawYaml: [k8s/*.yaml]}\n");
        Files.writeString(temp.resolve("kind-config.yaml"), "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\n");
        Files.writeString(temp.resolve("kubelet.yaml"), "apiVersion: kubelet.config.k8s.io/v1beta1\n"
                + "kind: KubeletConfiguration\n");
        Files.writeString(temp.resolve("docker-compose.yml"), "services:\n  web: {image: nginx}\n");
        Files.writeString(temp.resolve("kubeconfig.yaml"), "apiVersion: v1\nkind: Config\nclusters: []\n");
        assertEquals(0, kvet("check", "-q", "--fail-on", "warning", temp.toString()));
        String out = cli.out();
        assertFalse(out.contains(".gitlab-ci.yml") || out.contains(".kvet.yaml"), "hidden files are not walked: " + out);
        for (String file : List.of("skaffold.yaml", "kind-config.yaml", "kubelet.yaml", "kubeconfig.yaml")) {
            assertTrue(out.contains(file + ":2:7: info schema/tool-config "), out);
        }
        assertTrue(out.contains("docker-compose.yml:1:1: info source/compose-file "), out);
        // A hidden file named on the command line is read all the same.
        assertEquals(1, kvet("check", "-q", "--fail-on", "warning", temp.resolve(".gitlab-ci.yml").toString()));
    }

    @Test
    void findingsAtTheThresholdExitOne() {
        assertEquals(1, kvet("check", EXAMPLES + "/broken"));
        assertTrue(cli.out().contains("yaml/duplicate-key"), cli.out());
    }

    @Test
    void theThresholdDecides() throws Exception {
        Path valuesFile = temp.resolve("values.yaml");
        Files.writeString(valuesFile, "replicaCount: 2\n");
        assertEquals(0, kvet("check", "--fail-on", "error", valuesFile.toString()));
        assertEquals(1, kvet("check", "--fail-on", "warning", valuesFile.toString()));
    }

    @Test
    void missingPathsAreAUsageErrorOnOneLine() {
        assertEquals(2, kvet("check", "no/such/file.yaml"));
        assertEquals("kvet: no such file or folder: no/such/file.yaml", cli.err().strip());
    }

    @Test
    void schemaFoldersValidateCustomResourcesThatNoCrdDefines() throws Exception {
        Path manifest = Files.writeString(temp.resolve("cert.yaml"), "apiVersion: cert-manager.io/v1\n"
                + "kind: Certificate\nmetadata: {name: web}\nspec:\n  secretNam: web-tls\n");
        Path empty = Files.createDirectories(temp.resolve("other/example.org"));
        Files.writeString(empty.resolve("gadget_v1.json"), "{\"type\": \"object\"}");
        Path group = Files.createDirectories(temp.resolve("catalog/cert-manager.io"));
        Files.writeString(group.resolve("certificate_v1.json"), "{\"type\": \"object\", \"properties\": {\"spec\": "
                + "{\"type\": \"object\", \"properties\": {\"secretName\": {\"type\": \"string\"}}}}}");

        assertEquals(0, kvet("check", "-q", manifest.toString()));
        assertTrue(cli.out().contains(":2:7: info schema/unknown-kind "), cli.out());

        assertEquals(1, kvet("check", "-q", "--schemas", temp.resolve("other").toString(),
                "--schemas", temp.resolve("catalog").toString(), manifest.toString()));
        assertTrue(cli.out().contains(manifest + ":5:3: error schema/unknown-field unknown field secretNam"), cli.out());
    }

    @Test
    void badSchemaFoldersAreUsageErrorsOnOneLine() throws Exception {
        Path missing = temp.resolve("missing");
        assertEquals(2, kvet("check", "--schemas", missing.toString(), EXAMPLES + "/clean"));
        assertEquals("kvet: --schemas " + missing + ": no such folder", cli.err().strip());

        Path group = Files.createDirectories(temp.resolve("cert-manager.io"));
        Files.writeString(group.resolve("certificate_v1.json"), "{}");
        CliDriver again = new CliDriver();
        assertEquals(2, again.run("check", "--schemas", group.toString(), EXAMPLES + "/clean"));
        assertTrue(again.err().strip().startsWith("kvet: --schemas " + group + ": no GROUP/KIND_VERSION.json schema "
                + "files in it"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
    }

    @Test
    void unknownOptionsAndFormatsAreUsageErrors() {
        assertEquals(2, kvet("check", "--frobnicate"));
        assertEquals(2, kvet("check", "-o", "yamlish", EXAMPLES + "/clean"));
        assertTrue(cli.err().contains("unknown output format 'yamlish'"), cli.err());
        assertEquals(2, kvet("check", "--fail-on", "fatal", EXAMPLES + "/clean"));
    }

    @Test
    void jsonOutputKeepsItsContract() throws Exception {
        Path file = temp.resolve("dup.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");
        assertEquals(1, kvet("check", "-o", "json", file.toString()));
        JsonNode root = JsonMapper.builder().build().readTree(cli.out());
        JsonNode finding = root.get("findings").get(0);
        assertEquals(file.toString(), finding.get("file").asString());
        assertEquals(5, finding.get("line").asInt());
        assertEquals(3, finding.get("column").asInt());
        assertEquals(5, finding.get("endLine").asInt());
        assertEquals(7, finding.get("endColumn").asInt());
        assertEquals("error", finding.get("severity").asString());
        assertEquals("yaml/duplicate-key", finding.get("rule").asString());
        assertEquals(0, finding.get("document").asInt());
        assertTrue(finding.get("pointer").isNull());
        assertTrue(finding.get("object").isNull());
        assertFalse(finding.get("hint").isNull());
        JsonNode summary = root.get("summary");
        assertEquals(1, summary.get("files").asInt());
        assertEquals(1, summary.get("documents").asInt());
        assertEquals(1, summary.get("errors").asInt());
    }

    @Test
    void standardInputIsReadForADash() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a: [\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(1, kvet("check", "-q", "-"));
        } finally {
            System.setIn(original);
        }
        assertTrue(cli.out().startsWith("-:2:1: error yaml/syntax"), cli.out());
    }

    @Test
    void severalOutputsAtOnce() throws Exception {
        Path json = temp.resolve("reports/kvet.json");
        assertEquals(1, kvet("check", "-o", "text", "-o", "json=" + json, EXAMPLES + "/broken"));
        assertTrue(cli.out().contains("yaml/duplicate-key"));
        assertTrue(Files.readString(json).contains("\"rule\" : \"yaml/duplicate-key\""));
    }

    @Test
    void aClosedOutputStopsQuietlyWithTheUsualExitCode() {
        CommandLine commandLine = Kvet.commandLine();
        commandLine.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(1, commandLine.execute("check", EXAMPLES + "/broken"));
        assertEquals("", err.toString());
    }

    @Test
    void versionNamesKvet() {
        assertEquals(0, kvet("--version"));
        assertTrue(cli.out().startsWith("kvet "), cli.out());
    }
}
