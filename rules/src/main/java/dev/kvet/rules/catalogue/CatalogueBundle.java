package dev.kvet.rules.catalogue;

import dev.kvet.document.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule folders as one JSON file, {@code kvet/rules/catalogue.json}, which the rules module's build writes
 * after checking every {@code rule.yaml}: a start-up reads one small JSON file instead of parsing the YAML of
 * every folder, a third of a cold {@code kvet check}. The folders stay the source of truth.
 */
public final class CatalogueBundle {

    /** The bundle's place on the class path. */
    public static final String RESOURCE = Catalogue.ROOT + "catalogue.json";

    private CatalogueBundle() {
    }

    /**
     * Writes the bundle of the rule folders found through this class's class loader into a class output folder.
     *
     * @param args the class output folder, such as {@code target/classes}
     * @throws InvalidRuleException when a rule file is not a valid rule, which fails the build
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogueBundle CLASS-OUTPUT-FOLDER");
        }
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, write(CatalogueBundle.class.getClassLoader()), StandardCharsets.UTF_8);
    }

    /** The bundle of the rule folders a class loader sees, each rule checked as {@link Catalogue#load} does. */
    static String write(ClassLoader loader) {
        ArrayNode bundle = JsonNodeFactory.instance.arrayNode();
        Catalogue.folders(loader).forEach((folder, fixtures) -> {
            JsonNode rule = RuleFile.tree(folder, Catalogue.read(loader, Catalogue.ROOT + folder + "/rule.yaml"));
            RuleFile.read(folder, rule, fixtures);
            ObjectNode entry = bundle.addObject();
            entry.put("folder", folder);
            fixtures.forEach(entry.putArray("fixtures")::add);
            entry.set("rule", rule);
        });
        return JsonMapper.shared().writeValueAsString(bundle);
    }

    /** The catalogue in the bundle a class loader sees; its fixtures are read from the rule folders. */
    static Catalogue read(ClassLoader loader) {
        List<RuleDefinition> rules = new ArrayList<>();
        // Integers as longs, as JsonTree makes them from YAML, so that a rule read from the bundle equals the rule
        // read from its folder.
        byte[] json = Catalogue.read(loader, RESOURCE).getBytes(StandardCharsets.UTF_8);
        for (JsonNode entry : JsonText.readLongIntegers(json)) {
            List<String> fixtures = entry.get("fixtures").values().stream().map(JsonNode::stringValue).toList();
            rules.add(RuleFile.read(entry.get("folder").stringValue(), entry.get("rule"), fixtures));
        }
        return Catalogue.of(loader, rules);
    }
}
