package dev.legalbilling.cli.ar;

import dev.legalbilling.json.receivables.ReceivablesFiles;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The input options every {@code billing ar} command shares: the invoices and payments files. */
final class ReceivablesInput {
    @Option(names = "--invoices", required = true, paramLabel = "FILE",
            description = "Invoices file (JSON or YAML): final invoices, optionally with payment terms.")
    Path invoices;

    @Option(names = "--payments", required = true, paramLabel = "FILE",
            description = "Payments file (JSON or YAML): payments, write-offs, credit notes, disputes, ...")
    Path payments;

    /** @return the ledger of the invoices with every posting applied */
    ReceivablesLedger ledger() {
        return ReceivablesFiles.readLedger(invoices, payments);
    }
}
