package dev.kvet.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command; its subcommands are kvet's jobs. No command declares subcommands as methods, so every
 * command says {@code addMethodSubcommands = false}: picocli then skips scanning their methods, a tenth of its
 * start-up.
 */
@Command(name = "kvet", addMethodSubcommands = false,
        description = "Finds bugs in Kubernetes manifests before they reach a cluster.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error."})
final class KvetCommand {

    /** The subcommands by name, in the order the help lists them. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /**
     * Adds to the root command line the subcommand that the arguments start with, or every subcommand when they
     * start with none (the root's help, a typo): picocli builds the model of every command it is given, and
     * building the others would cost a cold {@code kvet check} a third of picocli's time (README: Benchmarks).
     */
    static void addSubcommands(CommandLine root, String... args) {
        Supplier<Object> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            root.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.values().forEach(subcommand -> root.addSubcommand(subcommand.get()));
        }
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", CheckCommand::new);
        subcommands.put("schedule", ScheduleCommand::new);
        subcommands.put("rules", RulesCommand::new);
        subcommands.put("hook", HookCommand::new);
        return Collections.unmodifiableMap(subcommands);
    }
}
