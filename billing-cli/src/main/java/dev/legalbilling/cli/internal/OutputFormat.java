package dev.legalbilling.cli.internal;

import java.util.Locale;

/**
 * The one set of output formats of the command line: every command with a {@code --format} option takes these
 * values (written in lower case on the command line), each command the ones it can print ({@link FormatOption}).
 */
public enum OutputFormat {
    /** Readable text for people. */
    TEXT,
    /** JSON for programs, in the shape the command documents. */
    JSON,
    /** One self-contained HTML page (billing-report): inline CSS and SVG, no request to any network. */
    HTML,
    /** LEDES 1998B: 24 pipe-separated fields per line item. */
    LEDES98B,
    /** LEDES 98BI V2: 52 fields, with currency, matter name, firm and client addresses. */
    LEDES98BI;

    /** @return the name as typed on the command line, e.g. {@code json} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
