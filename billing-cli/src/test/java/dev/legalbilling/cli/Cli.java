package dev.legalbilling.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.json.BillingJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one test harness of the command line: runs {@code billing} in-process through {@link BillingCli#run}, as
 * {@code main} would, and captures the exit code, standard output and standard error; and finds the files the tests
 * read (test resources, the repository's samples). Every CLI test uses it.
 */
public final class Cli {
    private Cli() {
    }

    /**
     * What one run printed and returned.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    public record Result(int code, String out, String err) {
        /** @return the lines of standard output */
        public List<String> outLines() {
            return out.lines().toList();
        }

        /** @return the lines of standard error */
        public List<String> errLines() {
            return err.lines().toList();
        }

        /** @return standard output read as JSON */
        public JsonNode json() {
            try {
                return BillingJson.mapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("standard output is not JSON: " + out, e);
            }
        }
    }

    /**
     * @param args the command line; each argument is turned into text with {@link String#valueOf(Object)}, so
     *     paths and numbers can be passed as they are
     * @return what it printed and returned
     */
    public static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = BillingCli.run(new PrintWriter(out), new PrintWriter(err), strings);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * @param args the command line
     * @return what it printed and returned
     */
    public static Result run(String... args) {
        return run((Object[]) args);
    }

    /**
     * @param owner a class in the package the resource lives in
     * @param name the resource's name in that package
     * @return its path in the test classes directory
     */
    public static Path resource(Class<?> owner, String name) {
        try {
            return Path.of(owner.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " not found next to " + owner.getName(), e);
        }
    }

    /** @return the repository's root directory, found from the module directory the tests run in */
    public static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples").resolve("data"))) {
                return p;
            }
        }
        throw new IllegalStateException("no samples/data above " + Path.of("").toAbsolutePath());
    }

    /**
     * @param relative a path relative to the repository root, such as {@code samples/invoices/x.ledes}
     * @return the file
     * @throws IllegalStateException when there is no such file
     */
    public static Path repositoryFile(String relative) {
        Path file = repositoryRoot().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + relative + " in " + repositoryRoot());
        }
        return file;
    }

    /**
     * @param relative a path under the repository's {@code samples} directory
     * @return it as text for the command line
     */
    public static String sample(String relative) {
        return repositoryRoot().resolve("samples").resolve(relative).toString();
    }
}
