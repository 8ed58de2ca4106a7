package dev.legalbilling.cli.ar;

import dev.legalbilling.cli.ExitCodes;
import picocli.CommandLine.Command;

/**
 * {@code billing ar}: accounts receivable commands. It only groups its subcommands; run without one it reports the
 * missing subcommand. Instances are created by picocli for one run; not thread-safe.
 */
@Command(name = "ar", mixinStandardHelpOptions = true,
        description = "Accounts receivable: aging report and payment reminders.",
        subcommands = {AgingCommand.class, RemindersCommand.class})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class ArCommand {
    /** Creates the command (picocli does). */
    public ArCommand() {
    }
}
