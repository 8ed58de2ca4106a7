package dev.legalbilling.cli.ar;

/** Output formats of the {@code billing ar} commands. */
enum Format {
    /** Fixed-width text for people. */
    TEXT,
    /** JSON for programs, in the shapes documented in {@code dev.legalbilling.json.receivables}. */
    JSON
}
