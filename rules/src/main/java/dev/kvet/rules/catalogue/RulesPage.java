package dev.kvet.rules.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown reference of the catalogue, generated from the rule files so that it is never written twice. */
public final class RulesPage {

    private RulesPage() {
    }

    /** The page for a catalogue: a summary table, then every rule with its text and a failing example. */
    public static String render(Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append("# kvet rules\n\n")
                .append("<!-- Generated from rules/src/main/resources/kvet/rules/*/*/rule.yaml by RulesPageTest; ")
                .append("do not edit. -->\n\n")
                .append(catalogue.rules().size()).append(" rules of the catalogue. `kvet rules` lists them with the ")
                .append("YAML, schema and engine rules; `kvet rules explain ID` shows one with examples. ")
                .append("Rules marked *off* run only when `.kvet.yaml` turns them on.\n\n")
                .append("| Rule | Severity | Default | Title |\n|---|---|---|---|\n");
        for (RuleDefinition rule : catalogue.rules()) {
            out.append("| [").append(rule.id()).append("](#").append(anchor(rule.id())).append(") | ")
                    .append(rule.severity().label()).append(" | ").append(rule.enabled() ? "on" : "off").append(" | ")
                    .append(rule.title()).append(" |\n");
        }
        Map<String, List<RuleDefinition>> byCategory = catalogue.rules().stream()
                .collect(Collectors.groupingBy(RuleDefinition::category, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach((category, rules) -> {
            out.append("\n## ").append(category).append("\n");
            for (RuleDefinition rule : rules) {
                section(catalogue, rule, out);
            }
        });
        return out.toString();
    }

    private static void section(Catalogue catalogue, RuleDefinition rule, StringBuilder out) {
        out.append("\n### ").append(rule.id()).append("\n\n")
                .append("**").append(rule.title()).append("** — ").append(rule.severity().label())
                .append(", ").append(rule.enabled() ? "on" : "off").append(" by default");
        if (!rule.targets().isEmpty()) {
            out.append("; examines ").append(rule.targets().stream().map(RuleTarget::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (!rule.kinds().isEmpty()) {
            out.append(" of ").append(String.join(", ", rule.kinds().stream().sorted().toList()));
        }
        if (!rule.containers().isEmpty()) {
            out.append(" (").append(String.join(", ", RuleTarget.CONTAINER_KINDS.stream()
                    .filter(rule.containers()::contains).toList())).append(" containers)");
        }
        out.append(".\n\n").append(rule.description()).append("\n\n**Fix:** ").append(rule.remediation()).append("\n");
        if (!rule.parameters().isEmpty()) {
            out.append("\n**Parameters:** ");
            out.append(rule.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(entry -> "`" + entry.getKey() + "` (default `" + entry.getValue() + "`)")
                    .collect(Collectors.joining(", "))).append("\n");
        }
        List<String> failing = rule.failingFixtures();
        if (!failing.isEmpty()) {
            out.append("\n<details><summary>Example that fires</summary>\n\n```yaml\n")
                    .append(catalogue.example(rule, failing.get(0)).stripTrailing()).append("\n```\n\n</details>\n");
        }
    }

    private static String anchor(String id) {
        return id.replace("/", "").toLowerCase(Locale.ROOT);
    }
}
