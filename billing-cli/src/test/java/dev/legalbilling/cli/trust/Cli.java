package dev.legalbilling.cli.trust;

import dev.legalbilling.cli.BillingCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs {@code billing} in-process and captures its exit code, standard output and standard error. */
final class Cli {
    private Cli() {
    }

    /**
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Result(int code, String out, String err) {
        /** @return the lines written to standard error */
        java.util.List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BillingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** @return the repository root, found from the module directory the tests run in */
    static Path root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples/data"))) {
                return dir;
            }
        }
        throw new IllegalStateException("samples/data not found above " + Paths.get("").toAbsolutePath());
    }
}
