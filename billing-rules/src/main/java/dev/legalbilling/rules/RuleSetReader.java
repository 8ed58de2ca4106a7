package dev.legalbilling.rules;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.DecisionTable;
import dev.legalbilling.rules.internal.Manifest;
import dev.legalbilling.rules.internal.RuleSetContent;
import dev.legalbilling.rules.internal.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads a {@link RuleSetSource} into its files and manifest. Stateless.
 *
 * <p>A directory's files are read only when they are regular files inside it: a link that leads out of the directory
 * (or to anything that is not a regular file) is refused by name, without reading it, so that a rule directory can
 * never make the engine read, or quote in an error, a file that is not a rule file. Only {@code .drl} files are read
 * as rules, and no file larger than {@value #MAX_READ_BYTES} bytes is read at all.
 */
final class RuleSetReader {
    /** Largest file read from disk; the security policy's (smaller) file limit is checked after reading. */
    static final long MAX_READ_BYTES = 16L << 20;

    private static final String NOT_A_RULE_FILE = "is not a rule file (rule files end in .drl, decision tables in"
            + " .drl.csv or .drl.xlsx); it was not read";

    private RuleSetReader() {
    }

    /**
     * @param source where the rule set is
     * @param problems receives what prevents reading it
     * @return the content, or null when it cannot be read
     */
    static RuleSetContent read(RuleSetSource source, List<Problem> problems) {
        try {
            return switch (source.kind()) {
                case CLASSPATH -> classpath(source, problems);
                case DIRECTORY -> directory(source, problems);
                case FILE -> file(source, problems);
                case STRING -> string(source, problems);
            };
        } catch (IOException e) {
            problems.add(new Problem(String.valueOf(source.id()), source.location(), 0, 0, "IO",
                    "cannot be read: " + e));
            return null;
        }
    }

    private static RuleSetContent classpath(RuleSetSource source, List<Problem> problems) throws IOException {
        String folder = source.location();
        ClassLoader cl = source.classLoader();
        String manifestPath = folder + "/" + Manifest.FILE_NAME;
        String manifestText = resource(cl, manifestPath);
        String origin = RuleSetContent.CLASSPATH + folder;
        if (manifestText == null) {
            problems.add(new Problem(lastSegment(folder), manifestPath, 0, 0, "MANIFEST",
                    "classpath rule set has no " + Manifest.FILE_NAME + " (it must list the DRL files)"));
            return null;
        }
        Properties precompiled = null;
        String index = resource(cl, folder + "/" + RuleSetContent.PRECOMPILED_INDEX);
        if (index != null) {
            precompiled = new Properties();
            precompiled.load(new java.io.StringReader(index));
            RuleSetContent fast = fromIndex(precompiled, manifestText, folder, origin, cl);
            if (fast != null) {
                return fast;
            }
        }
        Manifest manifest = manifest(manifestText, lastSegment(folder), manifestPath, problems);
        if (manifest == null) {
            return null;
        }
        String id = manifest.id() != null ? manifest.id() : lastSegment(folder);
        if (manifest.files() == null || manifest.files().isEmpty()) {
            problems.add(new Problem(id, manifestPath, 0, 0, "MANIFEST",
                    "files must list the DRL files of a classpath rule set"));
            return null;
        }
        List<SourceFile> files = new ArrayList<>();
        for (String name : manifest.files()) {
            byte[] bytes = resourceBytes(cl, folder + "/" + name);
            if (bytes == null) {
                problems.add(new Problem(id, folder + "/" + name, 0, 0, "MANIFEST",
                        "is listed in " + Manifest.FILE_NAME + " but not on the classpath"));
            } else {
                SourceFile file = sourceFile(name, bytes, id, problems);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        return new RuleSetContent(id, version(manifest), origin, files, manifest,
                new SourceFile(Manifest.FILE_NAME, manifestText), cl, precompiled);
    }

    /**
     * The start-up path of a precompiled pack: the manifest comes from the build-time index (no YAML parser), and
     * is trusted only when the files still hash to what the index was built from.
     */
    private static RuleSetContent fromIndex(Properties index, String manifestText, String folder, String origin,
            ClassLoader cl) throws IOException {
        Manifest manifest;
        try {
            manifest = Manifest.fromProperties(index);
        } catch (RuntimeException e) {
            return null;
        }
        if (manifest == null || manifest.id() == null || manifest.files() == null) {
            return null;
        }
        List<SourceFile> files = new ArrayList<>();
        for (String name : manifest.files()) {
            String text = resource(cl, folder + "/" + name);
            if (text == null) {
                return null;
            }
            files.add(new SourceFile(name, text));
        }
        RuleSetContent content = new RuleSetContent(manifest.id(), version(manifest), origin, files, manifest,
                new SourceFile(Manifest.FILE_NAME, manifestText), cl, index);
        return content.sha256().equals(index.getProperty("sha256")) ? content : null;
    }

    private static RuleSetContent directory(RuleSetSource source, List<Problem> problems) throws IOException {
        Path dir = source.path();
        Path named = dir.toAbsolutePath().normalize().getFileName();
        String dirName = named == null ? "rules" : named.toString();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dirName, dir.toString(), 0, 0, "IO", "is not a directory"));
            return null;
        }
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        Manifest manifest = null;
        String manifestText = null;
        if (Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = readInside(dir, manifestFile, Manifest.FILE_NAME, dirName, problems);
            if (bytes == null) {
                return null;
            }
            manifestText = utf8(bytes, manifestFile.toString(), dirName, problems);
            if (manifestText == null) {
                return null;
            }
            manifest = manifest(manifestText, dirName, manifestFile.toString(), problems);
            if (manifest == null) {
                return null;
            }
        }
        String id = manifest != null && manifest.id() != null ? manifest.id() : dirName;
        List<String> names = new ArrayList<>();
        if (manifest != null && manifest.files() != null) {
            names.addAll(manifest.files());
        } else {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> isRuleFile(p.getFileName().toString()))
                        .map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            }
        }
        if (names.isEmpty()) {
            problems.add(new Problem(id, dir.toString(), 0, 0, "IO",
                    "holds no rule file (.drl, or a decision table .drl.csv or .drl.xlsx)"));
            return null;
        }
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            Path p = dir.resolve(name).normalize();
            if (!p.startsWith(dir.normalize()) || !isRuleFile(name)) {
                problems.add(new Problem(id, name, 0, 0, "MANIFEST", isRuleFile(name) ? "is not a file in "
                        + dir : NOT_A_RULE_FILE));
                continue;
            }
            byte[] bytes = readInside(dir, p, name, id, problems);
            if (bytes == null) {
                continue;
            }
            SourceFile file = sourceFile(name, bytes, id, problems);
            if (file != null) {
                files.add(file);
            }
        }
        return new RuleSetContent(id, manifest == null ? "0" : version(manifest), dir.toString(), files, manifest,
                manifestText == null ? null : new SourceFile(Manifest.FILE_NAME, manifestText),
                RuleSetReader.class.getClassLoader(), null);
    }

    private static RuleSetContent file(RuleSetSource source, List<Problem> problems) throws IOException {
        Path p = source.path();
        if (!Files.isRegularFile(p)) {
            problems.add(new Problem(source.id(), p.toString(), 0, 0, "IO", "is not a file"));
            return null;
        }
        String name = p.getFileName().toString();
        if (!isRuleFile(name)) {
            problems.add(new Problem(source.id(), p.toString(), 0, 0, "IO", NOT_A_RULE_FILE));
            return null;
        }
        if (Files.size(p) > MAX_READ_BYTES) {
            problems.add(new Problem(source.id(), name, 0, 0, "LIMIT", "has " + Files.size(p)
                    + " bytes; no rule file larger than " + MAX_READ_BYTES + " bytes is read"));
            return null;
        }
        SourceFile file = sourceFile(name, Files.readAllBytes(p), source.id(), problems);
        if (file == null) {
            return null;
        }
        return new RuleSetContent(source.id(), source.version(), p.toString(), List.of(file),
                null, null, RuleSetReader.class.getClassLoader(), null);
    }

    private static RuleSetContent string(RuleSetSource source, List<Problem> problems) {
        Manifest manifest = null;
        SourceFile manifestFile = null;
        if (source.manifestText() != null) {
            manifest = manifest(source.manifestText(), source.id(), Manifest.FILE_NAME, problems);
            if (manifest == null) {
                return null;
            }
            if ((manifest.id() != null && !manifest.id().equals(source.id()))
                    || (manifest.version() != null && !manifest.version().equals(source.version()))) {
                problems.add(new Problem(source.id(), Manifest.FILE_NAME, 0, 0, "MANIFEST", "names rule set "
                        + manifest.id() + " " + manifest.version() + " but was given as " + source.id() + " "
                        + source.version()));
                return null;
            }
            manifestFile = new SourceFile(Manifest.FILE_NAME, source.manifestText());
        }
        return new RuleSetContent(source.id(), source.version(), source.location(),
                List.of(new SourceFile(source.id() + ".drl", source.text())), manifest, manifestFile,
                RuleSetReader.class.getClassLoader(), null);
    }

    /**
     * @return the bytes of a regular file that is really inside the directory (links resolved), or null after
     *     reporting why it was not read
     */
    private static byte[] readInside(Path dir, Path file, String name, String id, List<Problem> problems)
            throws IOException {
        Path realDir = dir.toRealPath();
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(id, name, 0, 0, "IO", "cannot be read (a broken link or a missing file)"));
            return null;
        }
        if (!real.startsWith(realDir)) {
            problems.add(new Problem(id, name, 0, 0, "SECURITY", "is a link to a file outside " + dir
                    + "; rule sets never follow links out of their directory, and it was not read"));
            return null;
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new Problem(id, name, 0, 0, "IO", "is not a regular file; it was not read"));
            return null;
        }
        long size = Files.size(real);
        if (size > MAX_READ_BYTES) {
            problems.add(new Problem(id, name, 0, 0, "LIMIT", "has " + size + " bytes; no rule file larger than "
                    + MAX_READ_BYTES + " bytes is read"));
            return null;
        }
        return Files.readAllBytes(real);
    }

    /** @return whether the file is read as rules: DRL, or a decision table that turns into DRL */
    static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || DecisionTable.formatOf(name) != null;
    }

    /**
     * @return a DRL file as read, or a decision table as the DRL generated from it; null after reporting why not
     */
    private static SourceFile sourceFile(String name, byte[] bytes, String id, List<Problem> problems) {
        DecisionTable.Format format = DecisionTable.formatOf(name);
        if (format == null) {
            String text = utf8(bytes, name, id, problems);
            return text == null ? null : new SourceFile(name, text);
        }
        DecisionTable.Result table = DecisionTable.toDrl(format, bytes);
        if (table.failure() != null) {
            DecisionTable.Failure f = table.failure();
            problems.add(new Problem(id, name, f.row(), f.column(), "TABLE", f.message(),
                    table.sheet() == null || f.row() == 0 ? "" : table.sheet() + "!"
                            + DecisionTable.columnName(f.column()) + f.row()));
            return null;
        }
        return new SourceFile(name, table.drl(), table);
    }

    private static Manifest manifest(String text, String id, String path, List<Problem> problems) {
        try {
            return Manifest.parse(text);
        } catch (Manifest.InvalidManifestException e) {
            problems.add(new Problem(id, path, e.line(), e.column(), "MANIFEST", e.getMessage()));
            return null;
        }
    }

    private static String version(Manifest manifest) {
        return manifest.version() == null ? "0" : manifest.version();
    }

    private static byte[] resourceBytes(ClassLoader cl, String path) throws IOException {
        try (InputStream in = cl.getResourceAsStream(path)) {
            return in == null ? null : in.readNBytes((int) MAX_READ_BYTES);
        }
    }

    private static String resource(ClassLoader cl, String path) throws IOException {
        try (InputStream in = cl.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String utf8(byte[] bytes, String path, String id, List<Problem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(id, path, 0, 0, "IO", "is not valid UTF-8"));
            return null;
        }
    }

    private static String lastSegment(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? folder : folder.substring(slash + 1);
    }
}
