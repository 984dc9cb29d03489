package dev.kvet.rules.code;

import dev.kvet.check.Manifests;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs one code rule over its fixtures, as the engine will: every fixture file is one run, each object is
 * checked alone and then all together. Kept apart from the engine so that it can be dropped once the engine's
 * catalogue-wide fixture test covers code rules.
 */
final class RuleFixtures {

    /** The folder that holds one folder per category, each with one folder per rule. */
    static final Path CATALOGUE = Path.of("src/main/resources/kvet/rules");

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");

    /** A code rule as its rule.yaml declares it. */
    record Rule(Path folder, String id, Severity severity, Map<String, Object> parameters, CodeRule implementation) {
    }

    private RuleFixtures() {
    }

    /** The folders of the catalogue whose rule.yaml names a Java implementation. */
    static List<Path> codeRuleFolders() throws IOException {
        try (Stream<Path> files = Files.walk(CATALOGUE)) {
            return files.filter(file -> file.getFileName().toString().equals("rule.yaml"))
                    .filter(file -> declaration(file).containsKey("implementation"))
                    .map(Path::getParent)
                    .sorted()
                    .toList();
        }
    }

    /** Reads a rule folder's rule.yaml and instantiates its implementation. */
    static Rule load(Path folder) throws ReflectiveOperationException {
        Map<String, Object> yaml = declaration(folder.resolve("rule.yaml"));
        Object parameters = yaml.getOrDefault("parameters", Map.of());
        CodeRule implementation = (CodeRule) Class.forName((String) yaml.get("implementation"))
                .getConstructor().newInstance();
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = parameters == null ? Map.of() : (Map<String, Object>) parameters;
        return new Rule(folder, (String) yaml.get("id"), Severity.parse((String) yaml.get("severity")), typed,
                implementation);
    }

    /** The fixtures of a rule whose file names start with {@code prefix} ({@code fail} or {@code pass}). */
    static List<Path> fixtures(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".yaml");
            }).sorted().toList();
        }
    }

    /** The findings of one rule on one fixture file, taken as a whole run. */
    static List<Finding> run(Rule rule, Path fixture) throws IOException {
        ParsedFile parsed = new ManifestParser().parse(fixture.getFileName().toString(), Files.readAllBytes(fixture));
        if (!parsed.findings().isEmpty()) {
            throw new IllegalStateException(fixture + " does not read cleanly: " + parsed.findings());
        }
        List<KubeObject> objects = new ArrayList<>();
        List<Finding> readFindings = new ArrayList<>();
        for (LocatedDocument document : parsed.documents()) {
            new ObjectReader().read(document, objects, readFindings);
        }
        List<Finding> findings = new ArrayList<>();
        RuleFindings sink = new RuleFindings(rule.id(), rule.severity(), rule.parameters(), findings::add);
        objects.forEach(object -> rule.implementation().checkObject(object, sink));
        rule.implementation().checkAll(new Manifests(objects), sink);
        return findings;
    }

    /** The lines of a fixture that carry {@code # expect: <rule>}. */
    static Set<Integer> expectedLines(Path fixture, String rule) throws IOException {
        Set<Integer> lines = new TreeSet<>();
        List<String> text = Files.readAllLines(fixture);
        for (int i = 0; i < text.size(); i++) {
            Matcher matcher = EXPECT.matcher(text.get(i));
            if (matcher.find() && List.of(matcher.group(1).trim().split("\\s*,\\s*")).contains(rule)) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static Map<String, Object> declaration(Path ruleYaml) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(ruleYaml));
            return yaml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
