package dev.legalbilling.rules.internal;

import java.util.Objects;

/**
 * One file of a rule set.
 *
 * @param name the name used in messages and the hash: relative to the rule set's folder, or the file name
 * @param text the content, decoded as UTF-8; for a decision table, the DRL text generated from it
 * @param table for a decision table, the generated DRL with the way back to its cells; null for a DRL file
 */
public record SourceFile(String name, String text, DecisionTable.Result table) {
    /** Checks for nulls. */
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * @param name the file's name
     * @param text its DRL text
     */
    public SourceFile(String name, String text) {
        this(name, text, null);
    }
}
