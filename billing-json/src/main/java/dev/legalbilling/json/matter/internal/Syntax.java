package dev.legalbilling.json.matter.internal;

import dev.legalbilling.json.JsonInputException;
import java.util.Locale;

/** The syntaxes matter and work files are written in, told apart by the file name's extension. Not API. */
public enum Syntax {
    /** {@code .json}. */
    JSON,
    /** {@code .yaml} or {@code .yml}. */
    YAML,
    /** {@code .csv}: work files only. */
    CSV;

    /**
     * @param fileName a file name or path
     * @param csvAllowed whether CSV is an option (work files)
     * @return the syntax its extension names
     * @throws JsonInputException when the extension is none of the allowed ones
     */
    public static Syntax of(String fileName, boolean csvAllowed) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (csvAllowed && name.endsWith(".csv")) {
            return CSV;
        }
        throw new JsonInputException(fileName, "", 0, 0, "cannot tell the format from the file name: expected a"
                + " name ending in .json, .yaml or .yml" + (csvAllowed ? " or .csv" : ""));
    }
}
