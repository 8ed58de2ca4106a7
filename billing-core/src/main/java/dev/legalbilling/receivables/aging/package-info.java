/**
 * Accounts receivable aging: open balances on a date in the bands current, 1–30, 31–60, 61–90 and over 90 days
 * past due, per client, matter and firm, with totals that add up exactly to the open balance.
 *
 * <p>{@link dev.legalbilling.receivables.aging.AgingReport#of} builds a report from a
 * {@link dev.legalbilling.receivables.ReceivablesLedger};
 * {@link dev.legalbilling.receivables.aging.AgingReport#toText()} renders it for a terminal (the
 * {@code billing ar aging} command); its accessors give the same data to a JSON writer.
 */
package dev.legalbilling.receivables.aging;
