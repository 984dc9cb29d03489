package dev.kvet.rules.config;

import dev.kvet.check.CheckSetupException;
import dev.kvet.document.JsonTree;
import dev.kvet.document.ParsedFile;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Severity;
import dev.kvet.location.Span;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads a {@code .kvet.yaml}, refusing unknown keys and malformed values with the line they stand on. */
final class ConfigReader {

    private static final Set<String> TOP_KEYS = Set.of("kubernetesVersion", "failOn", "assumePresent", "rules",
            "categories", "excludes", "customRules");
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "parameters");
    private static final Set<String> EXCLUDE_KEYS = Set.of("paths", "rules");

    private final Path file;

    private ConfigReader(Path file) {
        this.file = file;
    }

    static KvetConfig read(Path file) throws CheckSetupException {
        return new ConfigReader(file).parse(SetupFile.parse(file, "configuration"));
    }

    private KvetConfig parse(ParsedFile parsed) throws CheckSetupException {
        if (parsed.documents().isEmpty()) {
            return new KvetConfig(file, null, null, List.of(), Map.of(), Map.of(), List.of(), List.of());
        }
        YamlMap root = map(parsed.documents().get(0).root(), "the configuration");
        checkKeys(root, TOP_KEYS, "");
        return new KvetConfig(file,
                root.has("kubernetesVersion") ? text(root.get("kubernetesVersion"), "kubernetesVersion") : null,
                root.has("failOn") ? severity(root.get("failOn"), "failOn") : null,
                root.has("assumePresent") ? assumePresent(root.get("assumePresent")) : List.of(),
                root.has("rules") ? rules(map(root.get("rules"), "rules")) : Map.of(),
                root.has("categories") ? categories(map(root.get("categories"), "categories")) : Map.of(),
                root.has("excludes") ? excludes(root.get("excludes")) : List.of(),
                root.has("customRules") ? customRules(root.get("customRules")) : List.of());
    }

    private List<String> assumePresent(YamlNode node) throws CheckSetupException {
        List<String> objects = strings(node, "assumePresent");
        for (int i = 0; i < objects.size(); i++) {
            if (!objects.get(i).matches("[A-Za-z][A-Za-z0-9]*/[^/\\s]+")) {
                throw error(((YamlList) node).get(i).span(), "assumePresent entries are Kind/name, such as "
                        + "Secret/db-credentials, not '" + objects.get(i) + "'");
            }
        }
        return objects;
    }

    private Map<String, RuleSetting> rules(YamlMap rules) throws CheckSetupException {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (YamlMap.Entry entry : rules.entries().values()) {
            settings.put(entry.key(), rule(entry));
        }
        return settings;
    }

    /** A rule is set by {@code true}/{@code false}, by a severity (which turns it on), or by a map. */
    private RuleSetting rule(YamlMap.Entry entry) throws CheckSetupException {
        String where = "rules." + entry.key();
        int line = entry.keySpan().line();
        YamlNode value = entry.value();
        if (value instanceof YamlScalar scalar && scalar.value().value() instanceof Boolean on) {
            return new RuleSetting(on, null, Map.of(), line);
        }
        if (value instanceof YamlScalar) {
            return new RuleSetting(true, severity(value, where), Map.of(), line);
        }
        YamlMap map = map(value, where);
        checkKeys(map, RULE_KEYS, where + ".");
        Boolean enabled = map.has("enabled") ? bool(map.get("enabled"), where + ".enabled") : null;
        Severity severity = map.has("severity") ? severity(map.get("severity"), where + ".severity") : null;
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        if (map.has("parameters")) {
            for (YamlMap.Entry parameter : map(map.get("parameters"), where + ".parameters").entries().values()) {
                parameters.put(parameter.key(), JsonTree.of(parameter.value()));
            }
        }
        return new RuleSetting(enabled, severity, parameters, line);
    }

    private Map<String, Boolean> categories(YamlMap categories) throws CheckSetupException {
        Map<String, Boolean> settings = new LinkedHashMap<>();
        for (YamlMap.Entry entry : categories.entries().values()) {
            settings.put(entry.key(), bool(entry.value(), "categories." + entry.key()));
        }
        return settings;
    }

    private List<PathExclude> excludes(YamlNode node) throws CheckSetupException {
        if (!(node instanceof YamlList list)) {
            throw error(node.span(), "excludes must be a list of entries with 'paths' and optionally 'rules'");
        }
        List<PathExclude> excludes = new ArrayList<>();
        for (YamlNode item : list.items()) {
            YamlMap entry = map(item, "an excludes entry");
            checkKeys(entry, EXCLUDE_KEYS, "excludes[].");
            if (!entry.has("paths")) {
                throw error(entry.span(), "an excludes entry needs 'paths', a list of globs such as test/**");
            }
            List<String> rules = entry.has("rules") ? strings(entry.get("rules"), "excludes[].rules") : List.of();
            try {
                excludes.add(new PathExclude(strings(entry.get("paths"), "excludes[].paths"), rules));
            } catch (IllegalArgumentException e) {
                throw error(entry.span(), "bad glob in excludes: " + e.getMessage());
            }
        }
        return excludes;
    }

    private List<Path> customRules(YamlNode node) throws CheckSetupException {
        List<Path> paths = new ArrayList<>();
        List<String> names = strings(node, "customRules");
        for (int i = 0; i < names.size(); i++) {
            try {
                paths.add(Path.of(names.get(i)));
            } catch (InvalidPathException e) {
                throw error(((YamlList) node).get(i).span(), "customRules: '" + names.get(i) + "' is no path");
            }
        }
        return paths;
    }

    private void checkKeys(YamlMap map, Set<String> known, String prefix) throws CheckSetupException {
        for (YamlMap.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                throw error(entry.keySpan(), "unknown key '" + prefix + entry.key() + "' (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private YamlMap map(YamlNode node, String what) throws CheckSetupException {
        if (node instanceof YamlMap map) {
            return map;
        }
        throw error(node.span(), what + " must be a map");
    }

    private List<String> strings(YamlNode node, String what) throws CheckSetupException {
        if (!(node instanceof YamlList list)) {
            throw error(node.span(), what + " must be a list");
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : list.items()) {
            values.add(text(item, what));
        }
        return values;
    }

    private String text(YamlNode node, String what) throws CheckSetupException {
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        throw error(node.span(), what + " must be a single value");
    }

    private Boolean bool(YamlNode node, String what) throws CheckSetupException {
        if (node instanceof YamlScalar scalar && scalar.value().value() instanceof Boolean value) {
            return value;
        }
        throw error(node.span(), what + " must be true or false");
    }

    private Severity severity(YamlNode node, String what) throws CheckSetupException {
        try {
            return Severity.parse(text(node, what));
        } catch (IllegalArgumentException e) {
            throw error(node.span(), what + ": " + e.getMessage());
        }
    }

    private CheckSetupException error(Span span, String message) {
        return SetupFile.error(file, span, message);
    }
}
