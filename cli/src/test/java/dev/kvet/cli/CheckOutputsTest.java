package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kvet check -o}: several outputs in one run, to standard output and to files. */
class CheckOutputsTest {

    private static final String BROKEN = "../examples/broken/yaml-mistakes.yaml";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void textOnStandardOutputAndReportsInFilesFromOneRun(@TempDir Path folder) throws IOException {
        Path sarif = folder.resolve("reports/kvet.sarif");
        Path junit = folder.resolve("kvet-junit.xml");
        int exit = run("check", "--no-color", "-o", "text", "-o", "sarif=" + sarif, "-o", "junit=" + junit,
                "-o", "checkstyle=" + folder.resolve("checkstyle.xml"), BROKEN);
        assertEquals(ExitCodes.FINDINGS, exit, err::toString);
        assertTrue(out.toString().contains(BROKEN + ":6:3: error yaml/duplicate-key"), out::toString);
        assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"yaml/duplicate-key\""));
        assertTrue(Files.readString(junit).contains("<failure type=\"yaml/duplicate-key\""));
        assertTrue(Files.readString(folder.resolve("checkstyle.xml")).contains("source=\"yaml/tab-indentation\""));
    }

    @Test
    void githubAnnotationsOnStandardOutput() {
        int exit = run("check", "-o", "github", BROKEN);
        assertEquals(ExitCodes.FINDINGS, exit);
        assertTrue(out.toString().startsWith("::error file=" + BROKEN + ",line=6,col=3,endLine=6,endColumn=7,"),
                out::toString);
        assertTrue(out.toString().contains(",title=yaml/duplicate-key::key 'name' is repeated"), out::toString);
    }

    @Test
    void gitlabCodeQualityOnStandardOutputOrInAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("gl-code-quality-report.json");
        int exit = run("check", "-o", "gitlab", "-o", "gitlab=" + file, BROKEN);
        assertEquals(ExitCodes.FINDINGS, exit, err::toString);
        JsonNode printed = JsonMapper.builder().build().readTree(out.toString());
        assertTrue(printed.isArray() && !printed.isEmpty(), out::toString);
        assertEquals("yaml/duplicate-key", printed.at("/0/check_name").asString());
        assertEquals(6, printed.at("/0/location/lines/begin").asInt());
        assertTrue(printed.at("/0/location/path").asString().endsWith("examples/broken/yaml-mistakes.yaml"),
                out::toString);
        assertEquals(out.toString(), Files.readString(file));
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheKnownOnes() {
        int exit = run("check", "-o", "html", BROKEN);
        assertEquals(ExitCodes.USAGE_OR_IO, exit);
        assertTrue(err.toString().contains("expected one of text, json, sarif, junit, github, gitlab, checkstyle"), err::toString);
        assertEquals("", out.toString(), "nothing is checked before the outputs are known to be valid");
    }

    @Test
    void theHelpListsEveryFormat() {
        run("check", "--help");
        assertTrue(out.toString().replaceAll("\\s+", " ")
                .contains("Output format: text, json, sarif, junit, github, gitlab, checkstyle."), out::toString);
    }

    private int run(String... args) {
        CommandLine commandLine = Kvet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
