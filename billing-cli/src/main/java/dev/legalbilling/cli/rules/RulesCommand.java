package dev.legalbilling.cli.rules;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code billing rules}: work with rule files. Subcommands: {@code compile} (compile and security-check rule
 * files), {@code test} (run rule test cases) and {@code list} (the catalogue of rule ids, severities, parameters and
 * citations).
 */
@Command(name = "rules", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Rule files: compile and security-check them, run their test cases, list the catalogue.",
        subcommands = {RulesCompileCommand.class, RulesTestCommand.class, RulesListCommand.class})
public final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: "
                + String.join(" or ", spec.subcommands().keySet()));
    }
}
