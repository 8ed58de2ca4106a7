package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleSetSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A rule set as read from its source, before compilation: identity, files and manifest.
 *
 * @param id rule set id
 * @param version rule set version
 * @param origin where it came from, for messages
 * @param drlFiles the DRL files, in name order
 * @param manifest the parsed manifest, or null when the set has none
 * @param manifestFile the manifest file as read (hashed with the DRL files), or null
 * @param classLoader the loader to compile against and load precompiled classes from
 * @param precompiled the build-time index ({@code precompiled.properties}) for classpath packs, or null
 */
public record RuleSetContent(String id, String version, String origin, List<SourceFile> drlFiles, Manifest manifest,
        SourceFile manifestFile, ClassLoader classLoader, Properties precompiled) {

    /** The name of the build-time index written next to a precompiled pack's files. */
    public static final String PRECOMPILED_INDEX = "precompiled.properties";

    /** How the origin of a rule set read from the classpath starts, before its folder. */
    public static final String CLASSPATH = "classpath:";

    /** Copies and sorts the files. */
    public RuleSetContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(origin, "origin");
        List<SourceFile> sorted = new ArrayList<>(drlFiles);
        sorted.sort(Comparator.comparing(SourceFile::name));
        drlFiles = List.copyOf(sorted);
        Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * The one test of which rule sets are this library's own bundled packs, and so trusted: they run in the host
     * even under worker isolation, and only they get their build-time alpha network.
     *
     * @param classpathFolder the classpath folder a rule set is read from
     * @param classLoader the loader it is read with
     * @return true when the folder is under {@link RuleSetSource#BUNDLED_ROOT} and the loader is this library's own
     */
    public static boolean isBundledPack(String classpathFolder, ClassLoader classLoader) {
        return classpathFolder.startsWith(RuleSetSource.BUNDLED_ROOT)
                && classLoader == RuleSetContent.class.getClassLoader();
    }

    /** @return true for a pack bundled with this library (see {@link #isBundledPack}) */
    public boolean bundled() {
        return origin.startsWith(CLASSPATH) && isBundledPack(origin.substring(CLASSPATH.length()), classLoader);
    }

    /**
     * Looks up the SHA-256 implementation once (the first look-up initialises Java's security providers), so that
     * an engine can have it done on another thread while it reads rule sets. Idempotent; thread-safe.
     */
    public static void prepareDigest() {
        try {
            MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * @return lower-case hex SHA-256 over every file (manifest included) in name order, each as
     *     {@code name NUL length NUL bytes}
     */
    public String sha256() {
        List<SourceFile> all = new ArrayList<>(drlFiles);
        if (manifestFile != null) {
            all.add(manifestFile);
        }
        all.sort(Comparator.comparing(SourceFile::name));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile f : all) {
                byte[] bytes = f.text().getBytes(StandardCharsets.UTF_8);
                digest.update(f.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
