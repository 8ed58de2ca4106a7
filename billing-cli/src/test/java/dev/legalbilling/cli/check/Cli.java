package dev.legalbilling.cli.check;

import dev.legalbilling.cli.BillingCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code billing} in-process, as {@code main} would, and captures exit code, standard output and error. */
public final class Cli {
    private Cli() {
    }

    /**
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
    }

    /**
     * @param args the command line
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

    /**
     * @param relative a path relative to the repository root, such as {@code samples/invoices/x.ledes}
     * @return the file, found from the working directory upwards (tests run in the module's directory)
     * @throws IllegalStateException when no such file is above the working directory
     */
    public static Path repositoryFile(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }
}
