package dev.legalbilling.rules;

import dev.legalbilling.internal.Checks;
import dev.legalbilling.rules.internal.RuleSetContent;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a rule set comes from: a classpath folder (bundled packs), a directory, a single DRL file, or a string.
 *
 * <p>A rule set is a group of DRL files plus an optional manifest, {@code ruleset.yaml}, giving its id, version,
 * file list and each rule's documented defaults (severity, action, citation, parameters). A classpath folder must
 * have a manifest listing its files (folders in jars cannot be listed); a directory without one loads every
 * {@code *.drl} file in it, with the directory name as id and version {@code "0"}. See
 * {@code docs/rule-authoring.md} for the manifest format. Immutable.
 */
public final class RuleSetSource {
    /** How the rule set is found. */
    enum Kind {
        CLASSPATH, DIRECTORY, FILE, STRING
    }

    /** The classpath folder holding the packs bundled with this library. */
    public static final String BUNDLED_ROOT = "dev/legalbilling/rules/packs/";

    private final Kind kind;
    private final String location;
    private final Path path;
    private final ClassLoader classLoader;
    private final String id;
    private final String version;
    private final String text;
    private final String manifestText;

    private RuleSetSource(Kind kind, String location, Path path, ClassLoader classLoader, String id, String version,
            String text, String manifestText) {
        this.kind = kind;
        this.location = location;
        this.path = path;
        this.classLoader = classLoader;
        this.id = id;
        this.version = version;
        this.text = text;
        this.manifestText = manifestText;
    }

    /**
     * @param packId id of a pack bundled with this library, e.g. {@code demo}
     * @return the pack's classpath folder, {@code dev/legalbilling/rules/packs/<packId>}
     */
    public static RuleSetSource bundled(String packId) {
        Checks.identifier("packId", packId);
        return classpath(BUNDLED_ROOT + packId, RuleSetSource.class.getClassLoader());
    }

    /**
     * @param folder a classpath folder with a {@code ruleset.yaml}, e.g. {@code com/acme/rules/ocg}
     * @param classLoader the loader to read it (and, for precompiled packs, their classes) from
     * @return the source
     */
    public static RuleSetSource classpath(String folder, ClassLoader classLoader) {
        Checks.notBlank("folder", folder);
        String f = folder.startsWith("/") ? folder.substring(1) : folder;
        f = f.endsWith("/") ? f.substring(0, f.length() - 1) : f;
        return new RuleSetSource(Kind.CLASSPATH, f, null, Objects.requireNonNull(classLoader, "classLoader"), null,
                null, null, null);
    }

    /**
     * @param directory a directory of {@code *.drl} files, optionally with a {@code ruleset.yaml}
     * @return the source
     */
    public static RuleSetSource directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new RuleSetSource(Kind.DIRECTORY, directory.toString(), directory, null, null, null, null, null);
    }

    /**
     * @param drlFile one DRL file, or a decision table ({@code .drl.csv}, {@code .drl.xlsx}); the rule set id is its
     *     name without that ending, the version {@code "0"}
     * @return the source
     */
    public static RuleSetSource file(Path drlFile) {
        Objects.requireNonNull(drlFile, "drlFile");
        String name = drlFile.getFileName().toString();
        String base = name;
        for (String suffix : new String[] {".drl.csv", ".drl.xlsx", ".drl"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                base = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return file(drlFile, base, "0");
    }

    /**
     * @param drlFile one DRL file
     * @param id the rule set id
     * @param version the rule set version
     * @return the source
     */
    public static RuleSetSource file(Path drlFile, String id, String version) {
        Objects.requireNonNull(drlFile, "drlFile");
        return new RuleSetSource(Kind.FILE, drlFile.toString(), drlFile, null, Checks.identifier("ruleSetId", id),
                Checks.identifier("ruleSetVersion", version), null, null);
    }

    /**
     * @param id the rule set id
     * @param version the rule set version
     * @param drl the DRL text
     * @return the source; errors name the file {@code <id>.drl}
     */
    public static RuleSetSource string(String id, String version, String drl) {
        return string(id, version, drl, null);
    }

    /**
     * @param id the rule set id
     * @param version the rule set version
     * @param drl the DRL text
     * @param manifestYaml a manifest in the {@code ruleset.yaml} format (its id and version must match), or null
     * @return the source
     */
    public static RuleSetSource string(String id, String version, String drl, String manifestYaml) {
        Checks.identifier("ruleSetId", id);
        Checks.identifier("ruleSetVersion", version);
        Objects.requireNonNull(drl, "drl");
        return new RuleSetSource(Kind.STRING, "string:" + id, null, null, id, version, drl, manifestYaml);
    }

    Kind kind() {
        return kind;
    }

    /** @return true for a pack bundled with this library ({@link #bundled(String)}), which is trusted */
    boolean isBundled() {
        return kind == Kind.CLASSPATH && RuleSetContent.isBundledPack(location, classLoader);
    }

    /** @return where the rule set is, for messages: a classpath folder, a path or {@code string:<id>} */
    public String location() {
        return location;
    }

    Path path() {
        return path;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    String id() {
        return id;
    }

    String version() {
        return version;
    }

    String text() {
        return text;
    }

    String manifestText() {
        return manifestText;
    }

    @Override
    public String toString() {
        return "RuleSetSource[" + kind + " " + location + "]";
    }
}
