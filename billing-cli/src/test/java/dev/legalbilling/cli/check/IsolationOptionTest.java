package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule files given with {@code --rules} run in a worker JVM unless {@code --no-isolation} is given; the output is the
 * same either way, and no worker outlives the command.
 */
class IsolationOptionTest {
    private static final Path FIRM_RULES = Cli.repositoryFile("samples/src/main/resources/rules/ruleset.yaml")
            .getParent();
    private static final Path INVOICES = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes")
            .getParent();

    @Test
    void theSamplesFirmRulesGiveTheSameReportIsolatedAndInProcess() {
        Cli.Result isolated = Cli.run("check", "--rules", FIRM_RULES, "--format", "json", INVOICES);
        assertThat(workers()).as("workers left after the command").isEmpty();
        Cli.Result inProcess = Cli.run("check", "--no-isolation", "--rules", FIRM_RULES, "--format", "json",
                INVOICES);

        assertThat(isolated.err()).isEqualTo(inProcess.err());
        assertThat(isolated.code()).isEqualTo(inProcess.code()).isEqualTo(1);
        assertThat(isolated.out()).isEqualTo(inProcess.out()).contains("FIRM-NO-PARTNER-DOC-REVIEW",
                "\"ruleSet\" : \"firm-policy\"", "OCG-DUPLICATE-ENTRY");
    }

    @Test
    void theSamplesFirmRuleTestsPassIsolated() {
        Cli.Result r = Cli.run("rules", "test", FIRM_RULES);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("passed, 0 failed");
        assertThat(workers()).isEmpty();
    }

    @Test
    void everyCommandThatRunsRuleFilesDocumentsTheOption() {
        for (List<String> command : List.of(List.of("check"), List.of("rules", "test"), List.of("rules", "compile"),
                List.of("rules", "list"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            assertThat(Cli.run((Object[]) args).out()).as(String.join(" ", command)).contains("--no-isolation");
        }
    }

    private static List<ProcessHandle> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("-Ddev.legalbilling.rules.worker=true"))
                .toList();
    }
}
