package dev.kvet.cli;

import dev.kvet.finding.RuleInfo;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.catalogue.RulesPage;
import dev.kvet.run.CheckRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code kvet rules}: every rule kvet knows, with its severity and whether it is on by default. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "List every rule: id, default severity, on or off by default, title.",
        subcommands = {RuleExplainCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or markdown (the catalogue's reference page) (default: ${DEFAULT-VALUE}).")
    private String output;

    @Override
    public Integer call() {
        List<RuleInfo> rules = CheckRun.allRules();
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case "text" -> text(rules, out);
            case "json" -> out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(json(rules)));
            case "markdown" -> out.print(RulesPage.render(Catalogue.builtIn()));
            default -> throw new UserError("unknown rules output '" + output + "' (expected text, json or markdown)");
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void text(List<RuleInfo> rules, PrintWriter out) {
        int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(10);
        for (RuleInfo rule : rules) {
            out.printf("%-" + width + "s  %-7s  %-3s  %s%n", rule.id(), rule.severity().label(),
                    rule.enabled() ? "on" : "off", rule.title());
        }
        long on = rules.stream().filter(RuleInfo::enabled).count();
        out.println();
        out.println(rules.size() + " rules, " + on + " on by default. 'kvet rules explain ID' tells more.");
    }

    private static ArrayNode json(List<RuleInfo> rules) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (RuleInfo rule : rules) {
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity().label());
            node.put("enabled", rule.enabled());
            node.put("title", rule.title());
            node.put("description", rule.description());
        }
        return array;
    }
}
