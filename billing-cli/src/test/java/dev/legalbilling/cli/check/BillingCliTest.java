package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import org.junit.jupiter.api.Test;

/** The root command: help, version, and the commands this package registers. */
class BillingCliTest {

    @Test
    void versionNamesTheProgramAndJava() {
        Cli.Result r = Cli.run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).first().asString().startsWith("billing ");
        assertThat(r.out()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void helpListsCheckAndRules() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: billing", "check", "rules", "Exit codes:");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"check"}, {"rules"}, {"rules", "compile"}, {"rules", "test"},
            {"rules", "list"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Cli.Result r = Cli.run((Object[]) args);
            assertThat(r.code()).as(String.join(" ", command)).isZero();
            assertThat(r.out()).as(String.join(" ", command)).startsWith("Usage: billing " + String.join(" ", command));
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("check", "--colour", "x.ledes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).first().asString().isEqualTo("billing: Unknown option: '--colour'");
    }
}
