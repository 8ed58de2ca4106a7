package dev.legalbilling.report.internal;

import dev.legalbilling.report.ReportWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the same directory, which is then moved
 * over the target (atomically where the file system can). A reader never sees half a file, and a failure leaves no
 * temporary file behind. Stateless.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @param file the file to write
     * @param text its content, written as UTF-8
     * @throws ReportWriteException when it cannot be written
     */
    public static void write(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new ReportWriteException(file, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}
