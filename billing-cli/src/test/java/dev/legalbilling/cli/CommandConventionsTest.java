package dev.legalbilling.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What every command of the tree has: {@code --help} listing its exit codes from {@link ExitCodes} (and the README's
 * table agreeing with them), {@code -V}/{@code --version} printing the project version, "did you mean" for a
 * mistyped subcommand or option, and a shell completion script that knows them all.
 */
class CommandConventionsTest {

    /** @return every command of the tree as the words that run it, the root first; not picocli's help command */
    private static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(BillingCli.commandLine(new BillingCli()), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName()) && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, all);
            }
        });
    }

    private static Cli.Result run(List<String> command, String... more) {
        List<Object> args = new ArrayList<>(command);
        args.addAll(List.of(more));
        return Cli.run(args.toArray());
    }

    /** @return the version of the parent pom, which every module shares */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Cli.repositoryRoot().resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>legal-billing-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(m.find()).as("the root pom's version").isTrue();
        return m.group(1);
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Test
    void theTreeHoldsTheCommandsOfTheReadme() {
        assertThat(commands()).extracting(c -> String.join(" ", c)).contains("", "check", "invoice", "rules compile",
                "rules test", "rules list", "fee contingency", "fee schedules", "trust open", "trust post",
                "trust repair", "trust ledger", "trust reconcile", "ar aging", "ar reminders", "import clio",
                "import practicepanther", "import mycase", "completion");
    }

    @Test
    void everyCommandPrintsTheProjectVersionWithDashVAndDashDashVersion() throws IOException {
        String version = pomVersion();
        for (List<String> command : commands()) {
            for (String option : new String[] {"-V", "--version"}) {
                Cli.Result r = run(command, option);
                assertThat(r.code()).as(command + " " + option).isZero();
                assertThat(r.outLines()).as(command + " " + option).first().isEqualTo("billing " + version);
                assertThat(r.out()).as(command + " " + option).contains("Java " + System.getProperty("java.version"));
            }
        }
    }

    @Test
    void theVersionIsTheFilteredResourceNotAPlaceholder() throws IOException {
        assertThat(BillingCli.Version.projectVersion()).isEqualTo(pomVersion()).doesNotContain("${");
    }

    @Test
    void everyCommandsHelpListsTheExitCodesItReturnsWithTheMeaningsOfExitCodes() {
        for (List<String> command : commands()) {
            Cli.Result r = run(command, "--help");
            assertThat(r.code()).as(command.toString()).isZero();
            assertThat(r.out()).as(command.toString()).contains("Exit codes:");
            String listed = words(r.out().substring(r.out().indexOf("Exit codes:") + "Exit codes:".length()));
            StringBuilder expected = new StringBuilder();
            BillingCli.exitCodeList(userObject(command)).forEach((code, meaning) -> expected.append(code).append(' ')
                    .append(meaning).append(' '));
            assertThat(listed).as(command.toString()).isEqualTo(words(expected.toString()));
        }
    }

    @Test
    void aCommandThatNeverFindsAnythingDoesNotListCodeOne() {
        String agingHelp = Cli.run("ar", "aging", "--help").out();
        String exitCodes = agingHelp.substring(agingHelp.indexOf("Exit codes:"));

        assertThat(words(exitCodes)).isEqualTo(words("Exit codes: 0 " + ExitCodes.CLEAN_MEANING + " 2 "
                + ExitCodes.USAGE_OR_INPUT_MEANING));
        assertThat(words(Cli.run("check", "--help").out())).contains("1 " + ExitCodes.FINDINGS_MEANING);
    }

    private static Object userObject(List<String> command) {
        CommandLine c = BillingCli.commandLine(new BillingCli());
        for (String word : command) {
            c = c.getSubcommands().get(word);
        }
        return c.getCommandSpec().userObject();
    }

    @Test
    void theReadmeExitCodeTableIsExitCodes() throws IOException {
        String readme = Files.readString(Cli.repositoryRoot().resolve("README.md"));
        int section = readme.indexOf("### Exit codes");
        assertThat(section).as("README section '### Exit codes'").isNotNegative();
        Map<Integer, String> table = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| (.+?) \\|$").matcher(readme.substring(section));
        while (row.find()) {
            table.put(Integer.parseInt(row.group(1)), row.group(2));
        }

        assertThat(table).containsExactlyEntriesOf(ExitCodes.meanings());
    }

    @Test
    void aMistypedSubcommandGetsTheClosestOne() {
        Cli.Result r = Cli.run("chekc", "invoice.ledes");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("billing: did you mean 'billing check'");

        Cli.Result nested = Cli.run("trust", "reconcil", "--journal", "j.jsonl");
        assertThat(nested.err()).contains("billing: did you mean 'billing trust reconcile'");
    }

    /** picocli suggests the options that start with the same two letters as the mistyped one. */
    @Test
    void aMistypedOptionGetsTheClosestOne() {
        Cli.Result r = Cli.run("check", "--formt", "json", "invoice.ledes");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.errLines()).first().asString().isEqualTo("billing: Unknown option: '--formt'");
        assertThat(r.errLines()).contains("billing: did you mean '--format'?");
    }

    @Test
    void aWordLikeNoCommandOrOptionGetsNoSuggestion() {
        Cli.Result command = Cli.run("xyzzy");
        Cli.Result option = Cli.run("check", "--qqqqqqqq", "invoice.ledes");

        assertThat(command.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(command.err()).doesNotContain("did you mean");
        assertThat(option.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(option.err()).doesNotContain("did you mean");
    }

    @Test
    void completionPrintsAScriptThatKnowsTheSubcommandsAndOptions() {
        Cli.Result r = Cli.run("completion");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F");
        assertThat(r.out()).contains("check", "invoice", "rules", "compile", "trust", "reconcile", "ar", "aging",
                "import", "clio", "completion");
        assertThat(r.out()).contains("--trust-journal", "--profile", "--rules", "--pack", "--format",
                "--no-isolation", "--version", "--help");
    }

    @Test
    void theFormatOptionCompletesToTheFormatsTheCommandPrints() {
        String script = Cli.run("completion").out();

        assertThat(function(script, "_picocli_billing_check")).contains("(\"text\" \"json\" \"html\")");
        assertThat(function(script, "_picocli_billing_ar_reminders")).contains("(\"text\" \"json\")")
                .doesNotContain("\"html\"");
        assertThat(function(script, "_picocli_billing_rules_list")).contains("(\"text\" \"html\")");
    }

    /** @return the text of one function of the completion script */
    private static String function(String script, String name) {
        int start = script.indexOf("function " + name + "()");
        assertThat(start).as(name).isNotNegative();
        int end = script.indexOf("\n}\n", start);
        return script.substring(start, end);
    }

    @Test
    void aFormatTheCommandDoesNotPrintIsAUsageErrorNamingTheOnesItDoes() {
        Cli.Result r = Cli.run("rules", "list", "--format", "json");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.errLines()).first().asString().isEqualTo("billing: Invalid value for option '--format': 'json'"
                + " is not one of text, html (this command does not print json)");
        assertThat(Cli.run("rules", "list", "--help").out()).contains("Output format: text, html. Default: text.");
    }

    @Test
    void aFormatIsReadInAnyCase() {
        Cli.Result r = Cli.run("fee", "schedules", "--format", "JSON");

        assertThat(r.code()).isZero();
        assertThat(r.json().isArray()).isTrue();
    }

    @Test
    void everyDateOptionRefusesANonDateInOneLineNamingTheOptionAndTheValue() {
        List<String> checked = new ArrayList<>();
        for (List<String> command : commands()) {
            CommandLine c = BillingCli.commandLine(new BillingCli());
            for (String word : command) {
                c = c.getSubcommands().get(word);
            }
            for (CommandLine.Model.OptionSpec option : c.getCommandSpec().options()) {
                if (option.type() != java.time.LocalDate.class) {
                    continue;
                }
                Cli.Result r = run(command, option.longestName(), "2026-02-30");
                assertThat(r.code()).as(command + " " + option.longestName()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
                assertThat(r.errLines()).as(command + " " + option.longestName()).containsExactly("billing: "
                        + option.longestName() + " must be a date YYYY-MM-DD such as 2026-03-31, was '2026-02-30'");
                checked.add(String.join(" ", command) + " " + option.longestName());
            }
        }

        assertThat(checked).contains("check --as-of", "ar aging --as-of", "ar reminders --as-of", "trust post --date",
                "trust ledger --as-of", "trust reconcile --as-of", "fee contingency --date", "import clio --since",
                "import mycase --until", "invoice --invoice-date");
    }

    @Test
    void aDateOptionTakesARealDay() {
        Cli.Result r = Cli.run("fee", "contingency", "--schedule", "NY-PI-A", "--recovery", "1000", "--date",
                "2024-02-29", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("date").asText()).isEqualTo("2024-02-29");
    }
}
