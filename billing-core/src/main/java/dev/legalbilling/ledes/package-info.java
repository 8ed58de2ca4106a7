/**
 * LEDES e-billing files: reading, checking and writing LEDES 1998B and LEDES 98BI V2 invoices.
 *
 * <p>{@link dev.legalbilling.ledes.LedesReader} streams a file invoice by invoice into
 * {@link dev.legalbilling.ledes.LedesInvoice}s (a domain {@link dev.legalbilling.invoice.Invoice} plus what only LEDES
 * holds: {@link dev.legalbilling.ledes.LedesInvoiceHeader}, {@link dev.legalbilling.ledes.LedesLineDetails}) and
 * reports every problem as a {@link dev.legalbilling.ledes.LedesIssue} with a stable
 * {@link dev.legalbilling.ledes.LedesErrorCode} naming file, line, field and value. The checks follow a
 * {@link dev.legalbilling.ledes.LedesDialect}: the specification ({@code spec}, the default) or what one e-billing
 * platform accepts ({@code legal-tracker}, {@code brightflag}, {@code collaborati}, or a user-defined one).
 * {@link dev.legalbilling.ledes.LedesWriter} writes invoices back exactly per the specification, filling the 98BI tax
 * and net totals; {@link dev.legalbilling.ledes.LedesInvoice#adjusted} turns an invoice changed after reading (a
 * review's adjustments applied) into one written with the source's header and every total recomputed.
 *
 * <pre>{@code
 * LedesReader reader = LedesReader.builder().dialect(LedesDialect.brightflag()).build();
 * try (LedesInvoices invoices = reader.open(Path.of("january.txt"))) {
 *     while (invoices.hasNext()) {
 *         LedesReadResult r = invoices.next();
 *         r.issues().forEach(System.out::println);      // january.txt:7: LINE_ITEM_TOTAL '631' ... [A301]
 *         r.invoice().filter(i -> r.isAccepted()).ifPresent(i -> post(i.invoice()));
 *     }
 * }
 * String ledes = LedesWriter.of(LedesFormat.B1998).toText(invoice);
 * }</pre>
 *
 * <p>Error codes, one letter per category: {@code F1xx} file structure and encoding, {@code V2xx} field values,
 * {@code A3xx} arithmetic, {@code I4xx} invoice consistency, {@code D5xx} receiver rules, {@code W601} writing,
 * {@code X701} input/output. The full table, the reading and writing rules and the dialect properties keys are in
 * {@code docs/ledes-errors.md}.
 *
 * <p>Bad content never throws: it becomes issues. Only I/O failures and values the writer refuses (a pipe or line
 * break in a description) throw {@link dev.legalbilling.ledes.LedesFormatException}. Narratives and client names are
 * privileged: issues withhold their values and {@code toString()} methods leave them out.
 */
package dev.legalbilling.ledes;
