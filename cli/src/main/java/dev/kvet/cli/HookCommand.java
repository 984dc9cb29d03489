package dev.kvet.cli;

import dev.kvet.finding.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kvet hook}: git integration; {@code kvet hook install} writes the pre-commit hook. */
@Command(name = "hook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        addMethodSubcommands = false,
        description = "Git hooks that run kvet.",
        subcommands = {HookCommand.Install.class})
final class HookCommand {

    /** {@code kvet hook install}: writes a git pre-commit hook that checks the staged manifests. */
    @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            addMethodSubcommands = false,
            description = {"Install a git pre-commit hook into the current repository. It checks the staged "
                    + "*.yaml and *.yml files as staged (not as in the work tree) and refuses the commit when "
                    + "kvet finds errors. Skip it once with 'git commit --no-verify'."})
    static final class Install implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--force", description = "Replace a pre-commit hook that kvet did not write.")
        private boolean force;

        @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
                description = "Refuse the commit when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
        private String failOn;

        @Override
        public Integer call() {
            try {
                Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new UserError("--fail-on: " + e.getMessage());
            }
            Path hook = Git.hooksFolder().resolve("pre-commit");
            try {
                if (Files.exists(hook) && !PreCommitHook.isOurs(Files.readString(hook, StandardCharsets.UTF_8))
                        && !force) {
                    throw new UserError("a pre-commit hook that kvet did not write already exists: " + hook
                            + " (use --force to replace it)");
                }
                Files.createDirectories(hook.getParent());
                Files.writeString(hook, PreCommitHook.script(KvetProgram.current(), failOn), StandardCharsets.UTF_8);
                makeExecutable(hook);
            } catch (IOException e) {
                throw new UserError("cannot write " + hook + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("kvet: installed the pre-commit hook " + hook);
            return ExitCodes.CLEAN;
        }

        private static void makeExecutable(Path hook) throws IOException {
            try {
                Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // Windows: git for Windows runs hooks through its own shell whatever the permissions say.
                hook.toFile().setExecutable(true);
            }
        }
    }
}
