package dev.legalbilling.cli.invoice;

import dev.legalbilling.cli.BillingCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of {@code billing} through {@link BillingCli#run}, with what it printed.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BillingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** @return the lines printed on standard error */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** @return the repository's root directory, found from the module the tests run in */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples").resolve("data"))) {
                return p;
            }
        }
        throw new IllegalStateException("no samples/data above " + Path.of("").toAbsolutePath());
    }

    /** @return a path under the repository's {@code samples} directory, as text for the command line */
    static String sample(String relative) {
        return repositoryRoot().resolve("samples").resolve(relative).toString();
    }
}
