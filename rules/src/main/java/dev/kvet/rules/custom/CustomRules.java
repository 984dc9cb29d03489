package dev.kvet.rules.custom;

import dev.kvet.check.CheckSetupException;
import dev.kvet.finding.RuleInfo;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.config.KvetConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The custom rules a {@code .kvet.yaml} names under {@code customRules}: files, each one rule, and folders, in
 * which every {@code rule.yaml} is a rule with its {@code fail*}/{@code pass*} fixtures beside it and every other
 * YAML file (in a folder without a {@code rule.yaml}) a rule of its own. Their ids are {@code category/name} with a
 * category that no built-in rule uses, so that they never clash with kvet's rules.
 */
public final class CustomRules {

    private static final CustomRules NONE = new CustomRules(List.of());

    private final List<CustomRule> rules;

    private CustomRules(List<CustomRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No custom rules. */
    public static CustomRules none() {
        return NONE;
    }

    /**
     * Reads the custom rules of a configuration; reads no file when it names none.
     *
     * @param builtIn every built-in rule, whose categories custom rules may not use
     * @throws CheckSetupException when a path does not exist or a rule is broken, duplicated or in a built-in
     *                             category
     */
    public static CustomRules load(KvetConfig config, Collection<RuleInfo> builtIn) throws CheckSetupException {
        if (config.customRules().isEmpty()) {
            return NONE;
        }
        Set<String> categories = builtIn.stream().map(RuleInfo::category).collect(Collectors.toSet());
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : config.customRulePaths()) {
            files.addAll(files(config, path));
        }
        Map<String, CustomRule> byId = new TreeMap<>();
        for (Path file : files) {
            CustomRule rule = CustomRuleFile.read(file);
            String category = rule.definition().category();
            if (categories.contains(category)) {
                throw new CheckSetupException(file + ": id '" + rule.id() + "' is in kvet's built-in category '"
                        + category + "'; a custom rule needs a category of its own, such as 'acme/"
                        + rule.id().substring(category.length() + 1) + "'");
            }
            CustomRule twin = byId.putIfAbsent(rule.id(), rule);
            if (twin != null) {
                throw new CheckSetupException(file + ": id '" + rule.id() + "' is already the id of the custom rule in "
                        + twin.file());
            }
        }
        return new CustomRules(new ArrayList<>(byId.values()));
    }

    /** The rule files of one {@code customRules} entry, in a stable order. */
    private static List<Path> files(KvetConfig config, Path path) throws CheckSetupException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        String where = (config.file() == null ? "" : config.file() + ": ") + "customRules: ";
        if (!Files.isDirectory(path)) {
            throw new CheckSetupException(where + path + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).filter(CustomRules::isRuleFile).sorted().toList();
        } catch (IOException e) {
            throw new CheckSetupException(where + "cannot read " + path + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CheckSetupException(where + path + " holds no rule files (rule.yaml or *.yaml)");
        }
        return files;
    }

    /** A {@code rule.yaml}, or another YAML file in a folder without one (in which YAML files are its fixtures). */
    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        if (name.equals(CustomRuleFile.RULE_FILE)) {
            return true;
        }
        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                && !Files.exists(file.resolveSibling(CustomRuleFile.RULE_FILE));
    }

    /** Every custom rule, sorted by id. */
    public List<CustomRule> rules() {
        return rules;
    }

    /** The custom rule with this id, if there is one. */
    public Optional<CustomRule> find(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** The rules' definitions, for the engine. */
    public List<RuleDefinition> definitions() {
        return rules.stream().map(CustomRule::definition).toList();
    }

    /** What listings and reports show of the rules. */
    public List<RuleInfo> infos() {
        return rules.stream().map(rule -> rule.definition().info()).toList();
    }
}
