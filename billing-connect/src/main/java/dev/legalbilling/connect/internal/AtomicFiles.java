package dev.legalbilling.connect.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a group of files all or nothing: each into a temporary file next to its target (forced to disk), then all
 * moved into place. A failure before the moves leaves every target as it was. Not API.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @param files target and UTF-8 content, in order
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static void writeAll(Map<Path, String> files) {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Path target = f.getKey().toAbsolutePath();
                if (Files.isDirectory(target)) {
                    throw new IOException(target + ": is a directory");
                }
                Path dir = target.getParent();
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                temps.put(target, temp);
                Files.writeString(temp, f.getValue(), StandardCharsets.UTF_8);
                try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
        } catch (IOException e) {
            deleteAll(temps.values());
            throw new UncheckedIOException("cannot write " + e.getMessage(), e);
        }
        replaceAll(temps);
    }

    /** Moves every temporary file into place; when one move fails, puts back the files already replaced. */
    private static void replaceAll(Map<Path, Path> temps) {
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                Path target = t.getKey();
                if (Files.exists(target)) {
                    Path backup = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".bak");
                    move(target, backup);
                    backups.put(target, backup);
                }
                move(t.getValue(), target);
                done.add(target);
            }
        } catch (IOException e) {
            for (Path target : done) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException ignored) {
                    // restored below when there is a backup
                }
            }
            backups.forEach((target, backup) -> {
                try {
                    move(backup, target);
                } catch (IOException ignored) {
                    // the backup stays next to the target, named after it
                }
            });
            deleteAll(temps.values());
            throw new UncheckedIOException("cannot write " + e.getMessage(), e);
        }
        deleteAll(backups.values());
    }

    private static void deleteAll(java.util.Collection<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: hidden file named after its target
            }
        }
    }

    /**
     * @param target the file
     * @param content its UTF-8 content
     */
    public static void write(Path target, String content) {
        writeAll(Map.of(target, content));
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
