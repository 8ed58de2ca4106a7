package dev.legalbilling.cli.trust;

import picocli.CommandLine.Command;

/**
 * {@code billing trust}: commands on client trust accounts. It only groups its subcommands; run without one it
 * reports the missing subcommand. Instances are created by picocli for one run; not thread-safe.
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Client trust accounts (IOLTA): three-way reconciliation.",
        subcommands = {ReconcileCommand.class})
public final class TrustCommand {
    /** Creates the command (picocli does). */
    public TrustCommand() {
    }
}
