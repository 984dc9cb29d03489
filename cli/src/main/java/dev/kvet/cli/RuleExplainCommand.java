package dev.kvet.cli;

import dev.kvet.finding.RuleInfo;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.catalogue.RuleTarget;
import dev.kvet.rules.config.Spelling;
import dev.kvet.rules.custom.CustomRule;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kvet rules explain ID}: one rule's whole text, with a failing and a passing example. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "Explain one rule: what it catches, why, how to fix it, and examples.")
final class RuleExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule id, such as security/privileged.")
    private String id;

    @ParentCommand
    private RulesCommand parent;

    @Override
    public Integer call() {
        CustomRules custom = parent.customRules();
        List<RuleInfo> rules = new ArrayList<>(CheckRun.allRules());
        rules.addAll(custom.infos());
        RuleInfo info = rules.stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError("unknown rule '" + id + "'" + Spelling.suggest(id,
                        rules.stream().map(RuleInfo::id).toList()) + "; 'kvet rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + ": " + info.title());
        out.println("severity " + info.severity().label() + ", " + (info.enabled() ? "on" : "off") + " by default");
        Catalogue catalogue = Catalogue.builtIn();
        Optional<CustomRule> customRule = custom.find(id);
        if (customRule.isPresent()) {
            out.println("custom rule from " + customRule.get().file());
            explain(customRule.get().definition(), fixture -> example(customRule.get(), fixture), out);
        } else {
            catalogue.find(id).ifPresentOrElse(rule -> explain(rule, fixture -> catalogue.example(rule, fixture), out),
                    () -> out.println(System.lineSeparator() + info.description()));
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static String example(CustomRule rule, String fixture) {
        try {
            return Catalogue.asExample(rule.fixture(fixture));
        } catch (IOException e) {
            throw new UserError("cannot read " + rule.file().resolveSibling(fixture) + ": " + e.getMessage());
        }
    }

    /** The rule's text, and its first failing and first passing fixture as {@code examples} gives them. */
    private static void explain(RuleDefinition rule, UnaryOperator<String> examples, PrintWriter out) {
        if (!rule.targets().isEmpty()) {
            out.println("examines " + rule.targets().stream().map(RuleTarget::toString).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println(rule.description());
        out.println();
        out.println("Fix: " + rule.remediation());
        if (!rule.parameters().isEmpty()) {
            out.println();
            out.println("Parameters (set them under rules." + rule.id() + ".parameters in .kvet.yaml):");
            rule.parameters().forEach((name, value) -> out.println("  " + name + ": " + value));
        }
        example(rule.failingFixtures(), examples, "Fires on", out);
        example(rule.passingFixtures(), examples, "Passes", out);
    }

    private static void example(List<String> fixtures, UnaryOperator<String> examples, String heading,
                                PrintWriter out) {
        if (fixtures.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + ":");
        out.println();
        examples.apply(fixtures.get(0)).lines().forEach(line -> out.println("    " + line));
    }
}
