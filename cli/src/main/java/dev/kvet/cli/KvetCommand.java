package dev.kvet.cli;

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
        subcommands = {CheckCommand.class, ScheduleCommand.class, RulesCommand.class, HookCommand.class},
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error."})
final class KvetCommand {
}
