package dev.kvet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What kvet asks of git, by running the {@code git} the user has. */
final class Git {

    private Git() {
    }

    /** The hooks folder of the repository around the working directory, honouring {@code core.hooksPath}. */
    static Path hooksFolder() {
        return Path.of(run("rev-parse", "--git-path", "hooks")).toAbsolutePath();
    }

    private static String run(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new UserError("not inside a git repository (git " + String.join(" ", args) + ": "
                        + output.lines().findFirst().orElse("failed") + ")");
            }
            return output;
        } catch (IOException e) {
            throw new UserError("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while running git");
        }
    }
}
