package dev.legalbilling.rules.internal;

import java.util.Objects;

/**
 * One file of a rule set.
 *
 * @param name the name used in messages and the hash: relative to the rule set's folder, or the file name
 * @param text the content, decoded as UTF-8
 */
public record SourceFile(String name, String text) {
    /** Checks for nulls. */
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
