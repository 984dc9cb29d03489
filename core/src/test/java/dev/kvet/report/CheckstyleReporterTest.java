package dev.kvet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.finding.Finding;
import dev.kvet.run.Report;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CheckstyleReporterTest {

    @Test
    void everyFileIsListedWithOneErrorPerFinding() throws Exception {
        Report report = SampleReports.fixtures();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(SampleReports.print(new CheckstyleReporter(), report))));
        assertEquals("4.3", xml.getDocumentElement().getAttribute("version"));
        assertEquals(report.files().size(), xml.getElementsByTagName("file").getLength());
        NodeList errors = xml.getElementsByTagName("error");
        assertEquals(report.findings().size(), errors.getLength());
        for (int i = 0; i < errors.getLength(); i++) {
            Element error = (Element) errors.item(i);
            Finding finding = report.findings().get(i);
            assertEquals(finding.file(), ((Element) error.getParentNode()).getAttribute("name"));
            assertEquals(Integer.toString(finding.span().line()), error.getAttribute("line"));
            assertEquals(Integer.toString(finding.span().column()), error.getAttribute("column"));
            assertEquals(finding.severity().label(), error.getAttribute("severity"));
            assertEquals(finding.rule(), error.getAttribute("source"));
        }
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("checkstyle.xml", SampleReports.print(new CheckstyleReporter(), SampleReports.fixtures()));
    }
}
