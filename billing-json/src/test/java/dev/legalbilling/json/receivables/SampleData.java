package dev.legalbilling.json.receivables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

/** The committed sample receivables data under {@code samples/data/receivables} and the golden aging text. */
final class SampleData {
    static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);

    private SampleData() {
    }

    /** @return the repository root, found from the module directory the tests run in */
    static Path root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples/data/receivables"))) {
                return dir;
            }
        }
        throw new IllegalStateException("samples/data/receivables not found above " + Paths.get("").toAbsolutePath());
    }

    static Path invoices() {
        return root().resolve("samples/data/receivables/invoices.json");
    }

    static Path payments() {
        return root().resolve("samples/data/receivables/payments.json");
    }

    /** @return billing-core's golden aging text of its SampleFirm fixture, which the sample data reproduces */
    static String goldenAging() {
        try {
            return Files.readString(root().resolve(
                    "billing-core/src/test/resources/dev/legalbilling/receivables/sample-firm-aging-2026-04-30.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
