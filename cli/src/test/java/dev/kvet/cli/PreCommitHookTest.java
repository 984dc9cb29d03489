package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kvet hook install} in a real git repository, with real commits. */
class PreCommitHookTest {

    private static final String BAD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";
    private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n";

    @TempDir
    private Path repo;

    @BeforeEach
    void createRepository() throws Exception {
        git("init", "-q");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        git("config", "commit.gpgsign", "false");
    }

    @Test
    void refusesACommitWithAStagedErrorAndAcceptsItOnceTheFixIsStaged() throws Exception {
        ProcessResult install = kvet("hook", "install");
        assertEquals(0, install.exit(), install.output());
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertTrue(Files.isExecutable(hook));

        Files.createDirectories(repo.resolve("deploy/app one"));
        Files.writeString(repo.resolve("deploy/app one/config.yaml"), BAD);
        Files.writeString(repo.resolve("deploy/good.yml"), GOOD);
        Files.writeString(repo.resolve("notes.txt"), "not yaml: [\n");
        git("add", ".");
        ProcessResult refused = git("commit", "-m", "bad");
        assertNotEquals(0, refused.exit(), refused.output());
        assertTrue(refused.output().contains("deploy/app one/config.yaml:5:3: error yaml/duplicate-key"), refused.output());
        assertTrue(refused.output().contains("kvet: commit refused"), refused.output());

        Files.writeString(repo.resolve("deploy/app one/config.yaml"), GOOD);
        ProcessResult unstagedFix = git("commit", "-m", "fixed only in the work tree");
        assertNotEquals(0, unstagedFix.exit(), "the hook checks the index, not the work tree: " + unstagedFix.output());

        git("add", "deploy/app one/config.yaml");
        Files.writeString(repo.resolve("deploy/app one/config.yaml"), BAD);
        ProcessResult accepted = git("commit", "-m", "fixed");
        assertEquals(0, accepted.exit(), "an unstaged breakage must not block: " + accepted.output());
        assertEquals(0, git("rev-parse", "--verify", "HEAD").exit());
    }

    @Test
    void leavesAForeignHookAloneUnlessForced() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho mine\n");
        ProcessResult refused = kvet("hook", "install");
        assertEquals(ExitCodes.USAGE_OR_IO, refused.exit());
        assertTrue(refused.output().contains("use --force"), refused.output());
        assertEquals("#!/bin/sh\necho mine\n", Files.readString(hook));

        assertEquals(0, kvet("hook", "install", "--force").exit());
        assertTrue(PreCommitHook.isOurs(Files.readString(hook)));
        assertEquals(0, kvet("hook", "install").exit(), "kvet's own hook is replaced without --force");
    }

    @Test
    void outsideARepositoryItSaysSoOnOneLine(@TempDir Path elsewhere) throws Exception {
        ProcessResult result = ProcessResult.run(elsewhere, Map.of(), kvetCommand("hook", "install"));
        assertEquals(ExitCodes.USAGE_OR_IO, result.exit());
        assertTrue(result.output().startsWith("kvet: not inside a git repository"), result.output());
        assertEquals(1, result.output().strip().lines().count(), result.output());
    }

    @Test
    void quotingSurvivesQuotesAndSpaces() {
        assertEquals("'it'\\''s a path'", PreCommitHook.quote("it's a path"));
    }

    private ProcessResult kvet(String... args) throws Exception {
        return ProcessResult.run(repo, Map.of(), kvetCommand(args));
    }

    private static List<String> kvetCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessResult.java(),
                "-cp", System.getProperty("java.class.path"), Kvet.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private ProcessResult git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return ProcessResult.run(repo, Map.of("GIT_CONFIG_NOSYSTEM", "1"), command);
    }

}
