package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CI snippets of the README ({@code docs/ci/}), run as a new user would: in a fresh repository that holds
 * the one-file kvet.jar as {@code tools/kvet.jar} and its manifests in {@code deploy/}.
 */
class CiSnippetsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SNIPPETS = ROOT.resolve("docs/ci");
    private static final Path JAR = Path.of("target/kvet.jar").toAbsolutePath();

    @TempDir
    private Path repo;

    @BeforeEach
    void userRepository() throws IOException {
        Files.createDirectories(repo.resolve("tools"));
        Files.copy(JAR, repo.resolve("tools/kvet.jar"));
        Files.createDirectories(repo.resolve("deploy"));
        Files.copy(ROOT.resolve("examples/broken/yaml-mistakes.yaml"), repo.resolve("deploy/yaml-mistakes.yaml"));
        Files.copy(ROOT.resolve("examples/clean/web.yaml"), repo.resolve("deploy/web.yaml"));
    }

    @Test
    void githubActionsAnnotatesAndUploadsSarif() throws Exception {
        Map<String, Object> workflow = yaml("github-actions.yml");
        List<Map<String, Object>> steps = maps(map(map(workflow.get("jobs")).get("kvet")).get("steps"));
        Map<String, Object> check = steps.stream().filter(step -> step.containsKey("run")).findFirst().orElseThrow();
        ProcessResult result = bash((String) check.get("run"));
        assertEquals(1, result.exit(), "findings fail the step: " + result.output());
        assertTrue(result.output().startsWith("::error file=deploy/yaml-mistakes.yaml,line=6,col=3,endLine=6,endColumn=7,"
                + "title=yaml/duplicate-key::"), result.output());

        Map<String, Object> upload = steps.stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
                .findFirst().orElseThrow();
        assertEquals("always()", upload.get("if"), "the SARIF is uploaded even though the check step failed");
        Path sarif = repo.resolve((String) map(upload.get("with")).get("sarif_file"));
        String text = Files.readString(sarif);
        assertTrue(text.contains("\"version\" : \"2.1.0\""), text);
        assertTrue(text.contains("\"uri\" : \"deploy/yaml-mistakes.yaml\""), text);
        assertEquals("write", map(workflow.get("permissions")).get("security-events"));
    }

    @Test
    void gitlabCollectsAValidJunitReportAndACodeQualityReport() throws Exception {
        Map<String, Object> job = map(yaml("gitlab-ci.yml").get("kvet"));
        ProcessResult result = bash(String.join("\n", strings(job.get("script"))),
                Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", repo.toString()));
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("deploy/yaml-mistakes.yaml:6:3: error yaml/duplicate-key"), result.output());
        Map<String, Object> artifacts = map(job.get("artifacts"));
        assertEquals("always", artifacts.get("when"), "the reports are kept when the job fails");
        Map<String, Object> reports = map(artifacts.get("reports"));
        Path junit = repo.resolve((String) reports.get("junit"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ROOT.resolve("core/src/test/resources/junit/junit-10.xsd").toFile())
                .newValidator().validate(new StreamSource(junit.toFile()));
        assertTrue(Files.readString(junit).contains("<testcase name=\"Deployment shop/web (document 3)\""));

        JsonNode codequality = JsonMapper.builder().build().readTree(repo.resolve((String) reports.get("codequality")));
        assertTrue(codequality.isArray() && !codequality.isEmpty(), codequality::toString);
        JsonNode first = codequality.get(0);
        assertEquals("yaml/duplicate-key", first.get("check_name").asString());
        assertEquals("critical", first.get("severity").asString());
        assertEquals("deploy/yaml-mistakes.yaml", first.at("/location/path").asString());
        assertEquals(6, first.at("/location/lines/begin").asInt());
    }

    @Test
    void preCommitSnippetIsTheHookThisRepositoryPublishes() throws Exception {
        Object repos = yaml("pre-commit-config.yaml").get("repos");
        Map<String, Object> local = maps(map(maps(repos).get(0)).get("hooks")).get(0);
        Map<String, Object> published = maps(load(ROOT.resolve(".pre-commit-hooks.yaml"))).stream().filter(hook -> hook.get("id").equals("kvet-system")).findFirst().orElseThrow();
        for (String key : List.of("entry", "language", "files", "require_serial")) {
            assertEquals(published.get(key), local.get(key), key);
        }
        assertTrue("deploy/app.yaml".matches(".*" + local.get("files")));
        assertTrue("deploy/app.yml".matches(".*" + local.get("files")));
        assertTrue(!"deploy/app.json".matches(".*" + local.get("files")));
    }

    @Test
    void preCommitRefusesAStagedErrorAndPassesTheFix() throws Exception {
        Assumptions.assumeTrue(bash("command -v pre-commit").exit() == 0, "pre-commit is not installed");
        Path bin = Files.createDirectories(repo.resolve(".bin"));
        Files.writeString(bin.resolve("kvet"), "#!/bin/sh\nexec java -jar '" + JAR + "' \"$@\"\n");
        bin.resolve("kvet").toFile().setExecutable(true);
        Files.copy(SNIPPETS.resolve("pre-commit-config.yaml"), repo.resolve(".pre-commit-config.yaml"));
        String git = "git -c user.email=dev@example.com -c user.name=Dev -c commit.gpgsign=false";
        assertEquals(0, bash("git init -q && git add .pre-commit-config.yaml deploy/web.yaml && " + git
                + " commit -q -m init").exit());
        String run = "PATH=\"$PWD/.bin:$PATH\" PRE_COMMIT_HOME=\"$PWD/.cache\" pre-commit run";
        ProcessResult refused = bash("git add deploy/yaml-mistakes.yaml && " + run);
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("deploy/yaml-mistakes.yaml:6:3: error yaml/duplicate-key"), refused.output());
        Files.copy(ROOT.resolve("examples/clean/worker.yaml"), repo.resolve("deploy/yaml-mistakes.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessResult passed = bash("git add deploy/yaml-mistakes.yaml && " + run);
        assertEquals(0, passed.exit(), passed.output());
    }

    @Test
    void theReadmeShowsEverySnippetVerbatim() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        try (var files = Files.list(SNIPPETS)) {
            for (Path snippet : files.sorted().toList()) {
                String text = Files.readString(snippet);
                assertTrue(readme.contains("\n" + text + "```\n"), "README.md lacks " + ROOT.relativize(snippet));
            }
        }
    }

    private ProcessResult bash(String script) throws IOException, InterruptedException {
        return bash(script, Map.of());
    }

    /** Runs a script in the user's repository as a CI job does, with the CI service's own variables. */
    private ProcessResult bash(String script, Map<String, String> ciVariables) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(ciVariables);
        environment.put("CI", "true");
        return ProcessResult.run(repo, environment, List.of("bash", "-e", "-c", script));
    }

    private static Map<String, Object> yaml(String snippet) throws IOException {
        return map(load(SNIPPETS.resolve(snippet)));
    }

    private static Object load(Path file) throws IOException {
        return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        return (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object node) {
        return (List<String>) node;
    }

}
