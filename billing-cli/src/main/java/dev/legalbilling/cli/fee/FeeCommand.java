package dev.legalbilling.cli.fee;

import dev.legalbilling.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code billing fee}: fee limits. Subcommands: {@code contingency} (maximum contingent fee under a statutory
 * schedule) and {@code schedules} (the schedules available).
 */
@Command(name = "fee", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Fee limits: maximum contingent fees under statutory and court-rule schedules.",
        subcommands = {ContingencyFeeCommand.class, ScheduleListCommand.class})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class FeeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: "
                + String.join(" or ", spec.subcommands().keySet()));
    }
}
