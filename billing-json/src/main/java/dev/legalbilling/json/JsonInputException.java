package dev.legalbilling.json;

import dev.legalbilling.BillingException;

/**
 * A JSON, YAML or CSV document could not be turned into billing values: malformed syntax, an unknown key, a missing
 * or invalid value. Code: {@code JSON_INPUT}.
 *
 * <p>The message names the source, the path of the offending key (e.g. {@code lines[2].hours}), the line and column
 * when known, and what is wrong, in one sentence.
 */
public final class JsonInputException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source file name or other description of the input; never null
     * @param path path of the offending key, e.g. {@code lines[2].hours}; empty for the document itself
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param problem what is wrong
     */
    public JsonInputException(String source, String path, int line, int column, String problem) {
        super("JSON_INPUT", format(source, path, line, column, problem));
        this.source = source;
        this.path = path;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, String path, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** @return the input's name */
    public String source() {
        return source;
    }

    /** @return the path of the offending key, empty for the whole document */
    public String path() {
        return path;
    }

    /** @return 1-based line, 0 when unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column, 0 when unknown */
    public int column() {
        return column;
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }
}
