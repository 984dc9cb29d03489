package dev.kvet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.run.Report;
import dev.kvet.source.Source;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JunitReporterTest {

    @Test
    void outputIsValidAgainstTheJenkinsJunitSchema() throws IOException, SAXException {
        validate(SampleReports.print(new JunitReporter(), SampleReports.fixtures()));
    }

    private static void validate(String xml) throws IOException, SAXException {
        URL xsd = JunitReporterTest.class.getResource("/junit/junit-10.xsd");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void aSuitePerFileACasePerObjectAFailurePerFinding() throws Exception {
        Report report = SampleReports.fixtures();
        Document xml = parse(SampleReports.print(new JunitReporter(), report));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(report.files().size(), suites.getLength(), "files without objects still have a suite");
        assertEquals(report.findings().size(), xml.getElementsByTagName("failure").getLength());
        NodeList cases = xml.getElementsByTagName("testcase");
        int objects = report.files().stream().mapToInt(file -> file.objects().size()).sum();
        assertEquals(objects + 2, cases.getLength(),
                "one case per object, plus one for the file without objects and one for a finding of a List document");
        int declared = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            assertEquals(suite.getAttribute("tests"), Integer.toString(suite.getElementsByTagName("testcase").getLength()));
            declared += Integer.parseInt(suite.getAttribute("tests"));
        }
        assertEquals(Integer.toString(declared), xml.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void anUnreadableFileIsAnErrorNotAPass(@TempDir Path folder) throws Exception {
        Path unreadable = Files.createDirectory(folder.resolve("dir.yaml"));
        Report report = SampleReports.run(List.of(new Source("dir.yaml", unreadable)));
        String output = SampleReports.print(new JunitReporter(), report);
        validate(output);
        Element suite = (Element) parse(output).getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("tests"));
        Element error = (Element) suite.getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").startsWith("cannot read dir.yaml"), error.getAttribute("message"));
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("junit.xml", SampleReports.print(new JunitReporter(), SampleReports.fixtures()));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
