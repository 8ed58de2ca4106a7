package dev.legalbilling.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.BillingException;
import dev.legalbilling.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each system was last synced, so that the next run asks only for what changed since (Clio
 * {@code updated_since}, MyCase {@code filter[updated_after]}, PracticePanther {@code updated_since}).
 *
 * <p>The file is JSON, one key per system: {@code {"clio": "2026-04-01T06:00:00Z"}}. A missing file is an empty
 * checkpoint. The instant recorded is when the import <em>started</em>, so a record changed while it ran is fetched
 * again next time rather than missed. Written atomically, and only after the work files were written. Immutable.
 */
public final class Checkpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 64 * 1024;

    private final Map<String, Instant> lastSync;

    private Checkpoint(Map<String, Instant> lastSync) {
        this.lastSync = Collections.unmodifiableMap(new TreeMap<>(lastSync));
    }

    /** @return a checkpoint with no system synced */
    public static Checkpoint empty() {
        return new Checkpoint(Map.of());
    }

    /**
     * @param file the checkpoint file
     * @return its content, or an empty checkpoint when the file does not exist
     * @throws BillingException {@code CONNECT_CHECKPOINT} when the file is malformed or too large
     */
    public static Checkpoint read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BillingException("CONNECT_CHECKPOINT", file + ": checkpoint file is larger than 64 KiB");
            }
            JsonNode root = JSON.readTree(Files.readString(file));
            if (root == null || !root.isObject()) {
                throw new BillingException("CONNECT_CHECKPOINT", file + ": a checkpoint is a JSON object such as"
                        + " {\"clio\": \"2026-04-01T06:00:00Z\"}");
            }
            Map<String, Instant> map = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                try {
                    map.put(e.getKey(), Instant.parse(e.getValue().asText()));
                } catch (DateTimeParseException ex) {
                    throw new BillingException("CONNECT_CHECKPOINT", file + ": " + e.getKey() + ": '"
                            + e.getValue().asText() + "' is not an instant such as 2026-04-01T06:00:00Z");
                }
            }
            return new Checkpoint(map);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (JsonProcessingException e) {
            throw new BillingException("CONNECT_CHECKPOINT", file + ":" + e.getLocation().getLineNr()
                    + ": checkpoint file is not JSON");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param system a system name
     * @return when it was last synced
     */
    public Optional<Instant> lastSync(String system) {
        return Optional.ofNullable(lastSync.get(system));
    }

    /**
     * @param system a system name
     * @param when when its import started
     * @return a checkpoint recording it
     */
    public Checkpoint with(String system, Instant when) {
        Map<String, Instant> map = new TreeMap<>(lastSync);
        map.put(system, when);
        return new Checkpoint(map);
    }

    /**
     * Replaces the file atomically.
     *
     * @param file the checkpoint file
     */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        lastSync.forEach((k, v) -> root.put(k, v.toString()));
        try {
            AtomicFiles.writeString(file, root.toPrettyString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return the systems and instants */
    @Override
    public String toString() {
        return "Checkpoint" + lastSync;
    }
}
