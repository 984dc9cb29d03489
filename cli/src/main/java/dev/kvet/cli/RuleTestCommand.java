package dev.kvet.cli;

import dev.kvet.check.CheckSetupException;
import dev.kvet.rules.RuleFixture;
import dev.kvet.rules.custom.CustomRule;
import dev.kvet.rules.custom.CustomRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kvet rules test [PATH...]}: runs the fail and pass fixtures of custom rules, for a team's CI. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "Run the fixtures of custom rules: in fail*.yaml beside a rule.yaml every line ending in "
                + "'# expect: RULE-ID' must get a finding of the rule and no other line may; pass*.yaml must get "
                + "none. Exit 0 when all pass, 1 when one fails.")
final class RuleTestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RulesCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Custom rule files or folders (default: the customRules of .kvet.yaml).")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        CustomRules rules = paths.isEmpty() ? parent.customRules() : ConfigFile.customRules(paths);
        if (rules.rules().isEmpty()) {
            throw new UserError("no custom rules to test: name rule files or folders, or list them under "
                    + "customRules in .kvet.yaml");
        }
        PrintWriter out = spec.commandLine().getOut();
        int fixtures = 0;
        int failed = 0;
        int untested = 0;
        for (CustomRule rule : rules.rules()) {
            if (rule.definition().fixtures().isEmpty()) {
                untested++;
                out.println("-     " + rule.id() + " (no fixtures)");
            }
            for (String fixture : rule.definition().fixtures()) {
                List<String> problems = problems(rule, rules, fixture);
                fixtures++;
                failed += problems.isEmpty() ? 0 : 1;
                out.println((problems.isEmpty() ? "ok    " : "FAIL  ") + rule.id() + " "
                        + rule.file().resolveSibling(fixture));
                problems.forEach(problem -> out.println("      " + problem));
            }
        }
        out.println();
        out.println(rules.rules().size() + (rules.rules().size() == 1 ? " custom rule, " : " custom rules, ")
                + fixtures + " fixtures: " + (fixtures - failed)
                + " pass, " + failed + " fail" + (untested == 0 ? "" : ", " + untested + " rules without fixtures")
                + ".");
        out.flush();
        return failed == 0 ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }

    private static List<String> problems(CustomRule rule, CustomRules rules, String fixture) {
        Path file = rule.file().resolveSibling(fixture);
        try {
            return RuleFixture.run(rule.id(), rules, file).problems();
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        } catch (CheckSetupException e) {
            throw new UserError(e.getMessage());
        }
    }
}
