package dev.kvet.cli;

import picocli.CommandLine.Command;

/** The root command; its subcommands are kvet's jobs. */
@Command(name = "kvet",
        description = "Finds bugs in Kubernetes manifests before they reach a cluster.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, ScheduleCommand.class, RulesCommand.class, HookCommand.class},
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error."})
final class KvetCommand {
}
