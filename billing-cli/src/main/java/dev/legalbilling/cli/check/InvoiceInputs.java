package dev.legalbilling.cli.check;

import dev.legalbilling.cli.rules.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The invoice files among the FILE arguments of {@code billing check}, each with its format.
 *
 * <p>A file named on the command line is read as JSON (BillingJson's invoice, or an array of them) when its name
 * ends in {@code .json}, {@code .yaml} or {@code .yml} or its content starts with {@code {} or {@code [}; otherwise
 * as LEDES, whose header tells 1998B from 98BI V2 (a file that is not LEDES gets the reader's header error). A
 * directory is searched recursively, skipping hidden entries, for files that start with a LEDES header or are
 * named as JSON or YAML; other files there (a text rendering of an invoice, notes) are skipped and counted.
 *
 * @param files the invoice files, in argument order, each directory's in path order
 * @param skipped files found in directories that are not invoices
 */
record InvoiceInputs(List<InvoiceFile> files, List<Path> skipped) {
    private static final int SNIFF_BYTES = 64;

    /** How a file is read. */
    enum Format {
        /** LEDES 1998B or 98BI V2. */
        LEDES,
        /** BillingJson's invoice JSON (or YAML), one invoice or an array. */
        JSON
    }

    /**
     * @param path the file
     * @param format how it is read
     */
    record InvoiceFile(Path path, Format format) {
    }

    InvoiceInputs {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param args the FILE arguments
     * @return the invoice files
     * @throws InputFileException when an argument does not exist, or a directory holds no invoice file
     */
    static InvoiceInputs expand(List<Path> args) {
        List<InvoiceFile> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path arg : args) {
            InputFileException.requireReadable(arg);
            if (!Files.isDirectory(arg)) {
                files.add(new InvoiceFile(arg, namedAsJson(arg) || startsLike(arg, "{", "[") ? Format.JSON
                        : Format.LEDES));
                continue;
            }
            int before = files.size();
            for (Path p : walk(arg)) {
                if (namedAsJson(p)) {
                    files.add(new InvoiceFile(p, Format.JSON));
                } else if (startsLike(p, "LEDES")) {
                    files.add(new InvoiceFile(p, Format.LEDES));
                } else {
                    skipped.add(p);
                }
            }
            if (files.size() == before) {
                throw new InputFileException(arg, "holds no LEDES or JSON invoice file");
            }
        }
        return new InvoiceInputs(files, skipped);
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException(dir, "cannot be listed: " + e.getMessage());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedAsJson(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** True when the file's first characters, after a byte order mark and blanks, start with one of the prefixes. */
    private static boolean startsLike(Path p, String... prefixes) {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        text = text.stripLeading();
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
