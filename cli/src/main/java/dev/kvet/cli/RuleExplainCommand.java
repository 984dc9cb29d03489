package dev.kvet.cli;

import dev.kvet.finding.RuleInfo;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.catalogue.RuleTarget;
import dev.kvet.rules.config.Spelling;
import dev.kvet.run.CheckRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
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

    @Override
    public Integer call() {
        List<RuleInfo> rules = CheckRun.allRules();
        RuleInfo info = rules.stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError("unknown rule '" + id + "'" + Spelling.suggest(id,
                        rules.stream().map(RuleInfo::id).toList()) + "; 'kvet rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + ": " + info.title());
        out.println("severity " + info.severity().label() + ", " + (info.enabled() ? "on" : "off") + " by default");
        Catalogue catalogue = Catalogue.builtIn();
        catalogue.find(id).ifPresentOrElse(rule -> explain(catalogue, rule, out),
                () -> out.println(System.lineSeparator() + info.description()));
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void explain(Catalogue catalogue, RuleDefinition rule, PrintWriter out) {
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
        example(catalogue, rule, rule.failingFixtures(), "Fires on", out);
        example(catalogue, rule, rule.passingFixtures(), "Passes", out);
    }

    private static void example(Catalogue catalogue, RuleDefinition rule, List<String> fixtures, String heading,
                                PrintWriter out) {
        if (fixtures.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + ":");
        out.println();
        catalogue.example(rule, fixtures.get(0)).lines().forEach(line -> out.println("    " + line));
    }
}
