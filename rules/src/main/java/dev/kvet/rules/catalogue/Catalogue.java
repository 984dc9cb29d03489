package dev.kvet.rules.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every rule folder under {@code kvet/rules/} on the class path, each a {@code rule.yaml} and its fixtures.
 * The build lists the folders' files in {@code kvet/rules/index.txt}, so a new folder needs no code.
 */
public final class Catalogue {

    /** Where rule folders live on the class path. */
    public static final String ROOT = "kvet/rules/";

    private static final Pattern EXPECTATION = Pattern.compile("[ \\t]*#\\s*expect:[^\\n]*", Pattern.MULTILINE);

    private final ClassLoader loader;
    private final List<RuleDefinition> rules;

    private Catalogue(ClassLoader loader, List<RuleDefinition> rules) {
        this.loader = loader;
        this.rules = List.copyOf(rules);
    }

    /** The catalogue that ships with kvet, read once from the bundle its build made of the rule folders. */
    public static Catalogue builtIn() {
        return BuiltIn.CATALOGUE;
    }

    /** Reads the catalogue that a class loader sees; a broken rule file throws {@link InvalidRuleException}. */
    public static Catalogue load(ClassLoader loader) {
        List<RuleDefinition> rules = new ArrayList<>();
        folders(loader).forEach((folder, fixtures) ->
                rules.add(RuleFile.parse(folder, read(loader, ROOT + folder + "/rule.yaml"), fixtures)));
        return new Catalogue(loader, rules);
    }

    /** A catalogue of rules already read, whose fixtures the class loader sees. */
    static Catalogue of(ClassLoader loader, List<RuleDefinition> rules) {
        return new Catalogue(loader, rules);
    }

    /** The fixture names of every rule folder the class loader sees, by folder, sorted. */
    static Map<String, List<String>> folders(ClassLoader loader) {
        Map<String, List<String>> filesByFolder = new TreeMap<>();
        for (String line : read(loader, ROOT + "index.txt").split("\n")) {
            String path = line.strip();
            int slash = path.lastIndexOf('/');
            if (slash > 0) {
                filesByFolder.computeIfAbsent(path.substring(0, slash), folder -> new ArrayList<>())
                        .add(path.substring(slash + 1));
            }
        }
        Map<String, List<String>> fixturesByFolder = new TreeMap<>();
        filesByFolder.forEach((folder, files) -> {
            if (!files.contains("rule.yaml")) {
                throw new InvalidRuleException(folder, "the folder has no rule.yaml");
            }
            fixturesByFolder.put(folder, files.stream().filter(name -> !name.equals("rule.yaml")).sorted().toList());
        });
        return fixturesByFolder;
    }

    /** Every rule, sorted by id. */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** The rule with this id, if the catalogue has it. */
    public Optional<RuleDefinition> find(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** The text of one fixture file of a rule. */
    public String fixture(RuleDefinition rule, String name) {
        return read(loader, ROOT + rule.id() + "/" + name);
    }

    /** A fixture as an example for people: its {@code # expect:} marks read {@code # <- finding}. */
    public String example(RuleDefinition rule, String name) {
        return asExample(fixture(rule, name));
    }

    /** A fixture's text as an example for people: its {@code # expect:} marks read {@code # <- finding}. */
    public static String asExample(String fixture) {
        return EXPECTATION.matcher(fixture).replaceAll(" # <- finding");
    }

    static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("kvet is missing its resource " + resource
                        + " (was the rules module built with Maven?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds the built-in catalogue, read on first use. */
    private static final class BuiltIn {
        static final Catalogue CATALOGUE = CatalogueBundle.read(Catalogue.class.getClassLoader());
    }
}
