package dev.kvet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's Maven snippet ({@code docs/ci/maven-plugin.xml}) names this plugin, its goals and parameters as
 * the generated plugin descriptor has them, and is the configuration the clean integration test builds with.
 */
class UsageSnippetTest {

    private static final File SNIPPET = new File("../docs/ci/maven-plugin.xml");
    private static final File DESCRIPTOR = new File("target/classes/META-INF/maven/plugin.xml");

    @Test
    void namesThisPluginItsGoalsAndParameters() throws Exception {
        Element plugin = parse(SNIPPET).getDocumentElement();
        Element descriptor = parse(DESCRIPTOR).getDocumentElement();
        for (String coordinate : List.of("groupId", "artifactId", "version")) {
            assertEquals(child(descriptor, coordinate).getTextContent(), child(plugin, coordinate).getTextContent(),
                    coordinate);
        }
        List<String> goals = texts(descriptor.getElementsByTagName("goal"));
        for (String goal : texts(plugin.getElementsByTagName("goal"))) {
            assertTrue(goals.contains(goal), "no goal " + goal + " in " + goals);
        }
        Element check = mojo(descriptor, "check");
        List<String> parameters = texts(check.getElementsByTagName("name"));
        for (Element parameter : children(child(plugin, "configuration"))) {
            assertTrue(parameters.contains(parameter.getTagName()), "no parameter " + parameter.getTagName());
        }
    }

    @Test
    void isTheConfigurationTheCleanIntegrationTestBuildsWith() throws Exception {
        Element snippet = child(parse(SNIPPET).getDocumentElement(), "configuration");
        NodeList plugins = parse(new File("src/it/clean/pom.xml")).getElementsByTagName("plugin");
        Element tested = child((Element) plugins.item(0), "configuration");
        assertEquals(describe(snippet), describe(tested));
    }

    private static Element mojo(Element descriptor, String goal) {
        for (Element mojo : children(child(descriptor, "mojos"))) {
            if (child(mojo, "goal").getTextContent().equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no mojo " + goal);
    }

    private static List<String> describe(Element configuration) {
        return children(configuration).stream().map(e -> e.getTagName() + "=" + e.getTextContent().strip()).toList();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Document parse(File file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file);
    }
}
