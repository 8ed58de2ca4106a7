package dev.legalbilling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("invoice.ledes");

        AtomicFiles.writeString(target, "LEDES1998B[]\r\n");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("LEDES1998B[]\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        assumePosix();
        Path target = dir.resolve("new.ledes");

        AtomicFiles.writeString(target, "x");

        assertThat(permissions(target)).isEqualTo("rw-------");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumePosix();
        Path target = Files.writeString(dir.resolve("shared.ledes"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.writeString(target, "new");

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(permissions(target)).isEqualTo("rw-rw-r--");
    }

    @Test
    void aFailureWhileWritingLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("keep.ledes"), "original");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a fi".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("original");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingDirectoryIsAnIoError() {
        assertThatThrownBy(() -> AtomicFiles.writeString(dir.resolve("no/such/dir/x.ledes"), "x"))
                .isInstanceOf(IOException.class);
    }
}
