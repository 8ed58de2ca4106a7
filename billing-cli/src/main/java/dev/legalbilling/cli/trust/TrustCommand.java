package dev.legalbilling.cli.trust;

import picocli.CommandLine.Command;

/**
 * {@code billing trust}: commands on client trust accounts. It only groups its subcommands; run without one it
 * reports the missing subcommand. Instances are created by picocli for one run; not thread-safe.
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Client trust accounts (IOLTA): open a journal, post transactions, repair a torn tail, print "
                + "ledger statements, three-way reconciliation. Formats: docs/trust-files.md.",
        subcommands = {OpenCommand.class, PostCommand.class, RepairCommand.class, LedgerCommand.class,
            ReconcileCommand.class})
public final class TrustCommand {
    /** Creates the command (picocli does). */
    public TrustCommand() {
    }
}
