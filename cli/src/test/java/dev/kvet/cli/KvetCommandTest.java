package dev.kvet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KvetCommandTest {

    private static final List<String> ALL = List.of("check", "schedule", "rules", "hook");

    @Test
    void everySubcommandIsListedUnderItsOwnName() {
        KvetCommand.SUBCOMMANDS.forEach((name, subcommand) ->
                assertEquals(name, new CommandLine(subcommand.get()).getCommandName()));
        assertEquals(ALL, List.copyOf(KvetCommand.SUBCOMMANDS.keySet()));
    }

    @Test
    void aRunOfOneSubcommandBuildsOnlyThatOne() {
        assertEquals(List.of("check"), List.copyOf(Kvet.commandLine("check", "-q", "app.yaml").getSubcommands().keySet()));
        assertEquals(List.of("rules"), List.copyOf(Kvet.commandLine("rules", "explain", "x").getSubcommands().keySet()));
    }

    @Test
    void anythingElseBuildsThemAll() {
        assertEquals(ALL, List.copyOf(Kvet.commandLine().getSubcommands().keySet()));
        assertEquals(ALL, List.copyOf(Kvet.commandLine("--help").getSubcommands().keySet()));
        assertEquals(ALL, List.copyOf(Kvet.commandLine("chek", "app.yaml").getSubcommands().keySet()));
    }

    @Test
    void theRootHelpListsEverySubcommandAndATypoIsAUsageError() {
        CliDriver cli = new CliDriver();
        assertEquals(0, cli.run("--help"));
        for (String name : ALL) {
            assertTrue(cli.out().contains("\n  " + name + " "), cli::out);
        }
        assertEquals(2, cli.run("chek", "app.yaml"));
        assertEquals("kvet: unknown command 'chek'; did you mean 'check'?\nTry 'kvet --help' for more.\n",
                cli.err().replace("\r", ""));
    }

    @Test
    void aMisspeltOptionGetsTheNearestOne() {
        CliDriver cli = new CliDriver();
        assertEquals(2, cli.run("check", "--fial-on", "warning", "app.yaml"));
        assertEquals("kvet: unknown option '--fial-on'; did you mean '--fail-on'?\nTry 'kvet check --help' for more.\n",
                cli.err().replace("\r", ""));
    }
}
