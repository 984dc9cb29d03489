package dev.kvet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void messagesEscapePercentAndLineBreaks() {
        assertEquals("100%25 done%0D%0Anext: line, more", GithubReporter.data("100% done\r\nnext: line, more"));
    }

    @Test
    void propertiesAlsoEscapeTheirSeparators() {
        assertEquals("a%3Ab%2Cc%25d%0Ae", GithubReporter.property("a:b,c%d\ne"));
    }

    @Test
    void aFindingBecomesOneWorkflowCommandWithItsRange() {
        String output = SampleReports.print(new GithubReporter(Path.of("").toAbsolutePath()), SampleReports.fixtures());
        String first = output.lines().findFirst().orElseThrow();
        assertEquals("::error file=" + SampleReports.MANIFESTS + "/mixed.yaml,line=6,col=3,endLine=6,endColumn=7,"
                + "title=yaml/duplicate-key::key 'name' is repeated (first at line 5); Kubernetes silently drops the "
                + "earlier value%0Ahint: merge the two 'name' entries into one", first);
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("github.txt",
                SampleReports.print(new GithubReporter(Path.of("").toAbsolutePath()), SampleReports.fixtures()));
    }
}
