/**
 * Reports people read and letters they send: each HTML page is one self-contained file (inline CSS and SVG charts,
 * a Content-Security-Policy that forbids any network request, print styles for Letter and A4, real table headers,
 * a text alternative and a data table for every chart) with the same amounts as the JSON output of the same run,
 * as {@code <data value>} elements.
 *
 * <p>Pages: {@link dev.legalbilling.report.CheckReportPage} ({@code billing check}),
 * {@link dev.legalbilling.report.AgingPage} with {@link dev.legalbilling.report.AgingMetrics} ({@code billing ar
 * aging}), {@link dev.legalbilling.report.TrustReconciliationPage} ({@code billing trust reconcile}),
 * {@link dev.legalbilling.report.LedgerStatementPage} ({@code billing trust ledger}),
 * {@link dev.legalbilling.report.RuleCataloguePage} ({@code billing rules list}) and
 * {@link dev.legalbilling.report.ContingencyFeePage} ({@code billing fee contingency}); letters:
 * {@link dev.legalbilling.report.ReminderLetters} ({@code billing ar reminders --letters}).
 *
 * <p>Templates are Mustache (logic-less: a firm's override is data, not code) under
 * {@code dev/legalbilling/report/templates/}; every page extends {@code layout.html}. Adding a page is a template
 * {@code NAME.html.mustache} that starts with {@code {{<layout.html}}} and a class that builds its model from maps,
 * lists, strings and booleans (money through the {@code money.html} partial, charts through {@code bar-chart.html}
 * or {@code stacked-chart.html}). Edge module: depends on billing-rules, billing-json and billing-core; only the
 * command line, samples and benchmarks depend on it.
 */
package dev.legalbilling.report;
