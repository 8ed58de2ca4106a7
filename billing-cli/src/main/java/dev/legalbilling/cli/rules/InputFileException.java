package dev.legalbilling.cli.rules;

import dev.legalbilling.BillingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file or directory named on the command line does not exist or cannot be read. The command line prints the
 * message as one line and exits with code 2.
 *
 * <p>Code: {@code CLI_INPUT_NOT_FOUND}. Immutable.
 */
public final class InputFileException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "CLI_INPUT_NOT_FOUND";

    /** @serial the path as given */
    private final String path;

    /**
     * @param path the path as given
     * @param problem the rest of the sentence, e.g. {@code no such file or directory}
     */
    public InputFileException(Path path, String problem) {
        super(CODE, path + ": " + problem);
        this.path = path.toString();
    }

    /** @return the path as given on the command line */
    public String path() {
        return path;
    }

    /**
     * @param path a path given on the command line
     * @return the path
     * @throws InputFileException when nothing exists there or it cannot be read
     */
    public static Path requireReadable(Path path) {
        if (!Files.exists(path)) {
            throw new InputFileException(path, "no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new InputFileException(path, "cannot be read (permission denied)");
        }
        return path;
    }
}
