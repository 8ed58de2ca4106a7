package dev.legalbilling.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way the library and the {@code billing} command write an output file: atomically, with one permission
 * policy. Not part of the API.
 *
 * <p><b>Atomic.</b> The content goes into a temporary file in the target's directory ({@code .NAME.*.tmp}), is
 * forced to disk, and is then moved over the target (an atomic rename where the file system has one). A failure at
 * any point leaves the target as it was and removes the temporary file: nobody ever sees half a file.
 *
 * <p><b>Permissions.</b> Output files hold privileged text (narratives, client names) and amounts, so a <em>new</em>
 * file is readable and writable by its owner only ({@code rw-------}, 0600, on POSIX file systems, whatever the
 * umask). A file that is <em>replaced</em> keeps the permissions it had, so a file the user opened up on purpose
 * stays open. On file systems without POSIX permissions the file system's defaults apply.
 *
 * <p>Stateless and thread-safe; two writers of one target race, and the last move wins.
 */
public final class AtomicFiles {
    /** Permissions of a new output file on POSIX file systems. */
    public static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private AtomicFiles() {
    }

    /** Writes the content of a file to a stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where the bytes go
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Creates or replaces a file atomically.
     *
     * @param target the file to create or replace; its directory must exist
     * @param content writes the bytes
     * @throws IOException when the temporary file cannot be created or written, or the move fails; the target is
     *     then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            permissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            temp = null;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Creates or replaces a text file atomically, in UTF-8.
     *
     * @param target the file to create or replace; its directory must exist
     * @param text the whole content
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Gives the temporary file the target's permissions when it exists, else {@link #NEW_FILE_PERMISSIONS}. */
    private static void permissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> wanted = NEW_FILE_PERMISSIONS;
        if (Files.exists(target)) {
            PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (existing != null) {
                wanted = existing.readAttributes().permissions();
            }
        }
        view.setPermissions(wanted);
    }

    /**
     * Creates or replaces a group of text files (UTF-8) all or nothing: each is written to a temporary file next to
     * it (with the permissions {@link #write} gives) and forced to disk, then all are moved into place. A failure
     * before the moves leaves every target as it was; a failed move puts back the files already replaced.
     *
     * @param files target and content, in order; missing directories are created
     * @throws IOException naming the file that could not be written; the targets are then unchanged
     */
    public static void writeAllStrings(Map<Path, String> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Path target = f.getKey().toAbsolutePath();
                if (Files.isDirectory(target)) {
                    throw new IOException(target + ": is a directory");
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
                temps.put(target, temp);
                permissions(target, temp);
                Files.writeString(temp, f.getValue(), StandardCharsets.UTF_8);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        } catch (IOException e) {
            deleteAll(temps.values());
            throw e;
        }
        replaceAll(temps);
    }

    /** Moves every temporary file into place; when one move fails, puts back the files already replaced. */
    private static void replaceAll(Map<Path, Path> temps) throws IOException {
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                Path target = t.getKey();
                if (Files.exists(target)) {
                    Path backup = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".bak");
                    move(target, backup);
                    backups.put(target, backup);
                }
                move(t.getValue(), target);
                done.add(target);
            }
        } catch (IOException e) {
            deleteAll(done);
            backups.forEach((target, backup) -> {
                try {
                    move(backup, target);
                } catch (IOException ignored) {
                    // the backup stays next to the target, named after it
                }
            });
            deleteAll(temps.values());
            throw e;
        }
        deleteAll(backups.values());
    }

    private static void deleteAll(Collection<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a hidden file named after its target
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
