package dev.kvet.cli;

import dev.kvet.check.RunOptions;
import dev.kvet.finding.RuleInfo;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.catalogue.RulesPage;
import dev.kvet.rules.custom.CustomRule;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code kvet rules}: every rule kvet knows and the configuration's custom ones, with severity and default state. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "List every rule, custom rules of .kvet.yaml included: id, default severity, on or off by "
                + "default, title.",
        subcommands = {RuleExplainCommand.class, RuleTestCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or markdown (the catalogue's reference page) (default: ${DEFAULT-VALUE}).")
    private String output;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration whose customRules are listed too (default: the nearest .kvet.yaml in "
                    + "this folder or above).")
    private Path config;

    @Override
    public Integer call() {
        CustomRules custom = customRules();
        List<RuleInfo> rules = new ArrayList<>(CheckRun.allRules());
        rules.addAll(custom.infos());
        rules.sort(Comparator.comparing(RuleInfo::id));
        Set<String> customIds = custom.rules().stream().map(CustomRule::id).collect(Collectors.toSet());
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case "text" -> text(rules, customIds, out);
            case "json" -> out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json(rules, customIds)));
            case "markdown" -> out.print(RulesPage.render(Catalogue.builtIn()));
            default -> throw new UserError("unknown rules output '" + output + "' (expected text, json or markdown)");
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    /** The custom rules of the configuration this command (or its {@code explain}) runs under. */
    CustomRules customRules() {
        return ConfigFile.customRules(new RunOptions(null, config, Path.of("").toAbsolutePath(), List.of(), List.of(),
                List.of()));
    }

    private static void text(List<RuleInfo> rules, Set<String> customIds, PrintWriter out) {
        int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(10);
        for (RuleInfo rule : rules) {
            out.printf("%-" + width + "s  %-7s  %-3s  %s%s%n", rule.id(), rule.severity().label(),
                    rule.enabled() ? "on" : "off", rule.title(), customIds.contains(rule.id()) ? " [custom]" : "");
        }
        long on = rules.stream().filter(RuleInfo::enabled).count();
        out.println();
        out.println(rules.size() + " rules" + (customIds.isEmpty() ? "" : " (" + customIds.size() + " custom)") + ", "
                + on + " on by default. 'kvet rules explain ID' tells more.");
    }

    private static ArrayNode json(List<RuleInfo> rules, Set<String> customIds) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (RuleInfo rule : rules) {
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity().label());
            node.put("enabled", rule.enabled());
            node.put("custom", customIds.contains(rule.id()));
            node.put("title", rule.title());
            node.put("description", rule.description());
        }
        return array;
    }
}
