package dev.legalbilling.report;

import dev.legalbilling.json.receivables.ReceivablesFiles;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample data files, found from the working directory upwards. */
final class Samples {
    private Samples() {
    }

    static Path file(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }

    /** @return the sample receivables: NY and CA matters, partial payments, one disputed invoice, a credit */
    static ReceivablesLedger receivables() {
        return ReceivablesFiles.readLedger(file("samples/data/receivables/invoices.json"),
                file("samples/data/receivables/payments.json"));
    }
}
