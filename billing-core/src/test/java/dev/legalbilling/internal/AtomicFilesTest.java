package dev.legalbilling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Test
    void aGroupIsWrittenWholeWithNewFilesForTheOwnerOnly() throws IOException {
        assumePosix();
        Path kept = dir.resolve("matter.yaml");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r--r--"));
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(kept, "new matter");
        files.put(dir.resolve("sub/work.yaml"), "work");

        AtomicFiles.writeAllStrings(files);

        assertThat(Files.readString(kept)).isEqualTo("new matter");
        assertThat(permissions(kept)).isEqualTo("rw-r--r--");
        assertThat(Files.readString(dir.resolve("sub/work.yaml"))).isEqualTo("work");
        assertThat(permissions(dir.resolve("sub/work.yaml"))).isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(kept, dir.resolve("sub"));
        }
    }

    @Test
    void aGroupWithOneUnwritableFileWritesNothing() throws IOException {
        Path first = dir.resolve("first.yaml");
        Files.writeString(first, "as it was");
        Files.createDirectory(dir.resolve("second.yaml"));
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(first, "changed");
        files.put(dir.resolve("second.yaml"), "cannot go here");
        files.put(dir.resolve("third.yaml"), "never written");

        assertThatThrownBy(() -> AtomicFiles.writeAllStrings(files)).isInstanceOf(IOException.class)
                .hasMessageContaining("second.yaml");

        assertThat(Files.readString(first)).isEqualTo("as it was");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(first, dir.resolve("second.yaml"));
        }
    }
}
