package dev.legalbilling.cli.ar;

/** Output formats of {@code billing ar aging}: those of {@link Format} and a page. */
enum ReportFormat {
    /** Fixed-width text for people. */
    TEXT,
    /** JSON for programs. */
    JSON,
    /** One self-contained HTML page with a stacked bar chart (billing-report). */
    HTML
}
