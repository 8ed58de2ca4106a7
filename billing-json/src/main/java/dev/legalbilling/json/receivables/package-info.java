/**
 * JSON and YAML files for accounts receivable: invoices with their payment terms, payments and other postings, and
 * the reminder log; plus the JSON shapes of the aging report and of a reminder run. Read and write them with
 * {@link dev.legalbilling.json.receivables.ReceivablesFiles}; the Jackson module is
 * {@link dev.legalbilling.json.receivables.ReceivablesJsonModule}. A file whose name ends in {@code .yaml} or
 * {@code .yml} is read as YAML with the same keys. {@code docs/receivables-files.md} has complete examples.
 *
 * <h2>Conventions</h2>
 * As in {@link dev.legalbilling.json.BillingJsonModule}: amounts are decimal strings, money is
 * {@code {"amount": "5367.50", "currency": "USD"}} or the string {@code "USD 5367.50"}, ids are plain strings, dates
 * are ISO ({@code 2026-04-30}). Unknown keys are refused, so a misspelt key cannot silently drop a value.
 *
 * <h2>Invoices file</h2>
 * A JSON array. Each element is either a final invoice exactly as {@link dev.legalbilling.json.BillingJson} writes
 * one ({@code "status": "FINAL"} is required: drafts are not receivables), which is due net 30 days, or a wrapper
 * ({@link dev.legalbilling.json.receivables.ReceivableInvoice}) whose keys are:
 * <table>
 * <caption>Invoice wrapper keys</caption>
 * <tr><th>key</th><th>value</th><th>when absent</th></tr>
 * <tr><td>{@code invoice}</td><td>the final invoice</td><td>required</td></tr>
 * <tr><td>{@code paymentTermsDays}</td><td>days from the invoice date to the due date, 0 to 3650</td>
 *     <td>30</td></tr>
 * <tr><td>{@code interestTerms}</td><td>{@code {"agreed": true, "annualRatePercent": "9", "graceDays": 10}}:
 *     simple late-payment interest the fee agreement provides for</td><td>no interest agreed</td></tr>
 * <tr><td>{@code jurisdiction}</td><td>governing jurisdiction code, e.g. {@code "US-NY"}</td><td>unknown</td></tr>
 * <tr><td>{@code matterType}</td><td>a {@link dev.legalbilling.party.MatterType} name</td>
 *     <td>{@code GENERAL}</td></tr>
 * <tr><td>{@code responsiblePartner}</td><td>timekeeper id reminders escalate to</td><td>none</td></tr>
 * </table>
 * The first key of an element decides which of the two it is. Invoice numbers must be unique within the file.
 *
 * <h2>Payments file</h2>
 * A JSON array of {@link dev.legalbilling.receivables.Posting postings}, in any order (they are posted by date,
 * same-day postings in file order). Each has a {@code "type"} (write it first) and the components of its record:
 * <table>
 * <caption>Posting types</caption>
 * <tr><th>type</th><th>record</th><th>keys (optional in brackets)</th></tr>
 * <tr><td>{@code payment}</td><td>{@link dev.legalbilling.receivables.Payment}</td>
 *     <td>{@code id, client, date, amount, [appliedTo]}: applied to the named invoice, else oldest-first; any excess
 *     becomes client credit</td></tr>
 * <tr><td>{@code write-off}</td><td>{@link dev.legalbilling.receivables.WriteOff}</td>
 *     <td>{@code invoice, date, amount, reason}</td></tr>
 * <tr><td>{@code credit-note}</td><td>{@link dev.legalbilling.receivables.CreditNote}</td>
 *     <td>{@code number, invoice, date, amount, reason}</td></tr>
 * <tr><td>{@code dispute-raised}</td><td>{@link dev.legalbilling.receivables.DisputeRaised}</td>
 *     <td>{@code invoice, date, amountInDispute}</td></tr>
 * <tr><td>{@code dispute-resolved}</td><td>{@link dev.legalbilling.receivables.DisputeResolved}</td>
 *     <td>{@code invoice, date}</td></tr>
 * <tr><td>{@code arbitration-notice}</td><td>{@link dev.legalbilling.receivables.ArbitrationNoticeServed}</td>
 *     <td>{@code invoice, date}</td></tr>
 * <tr><td>{@code interest-charge}</td><td>{@link dev.legalbilling.receivables.InterestCharge}</td>
 *     <td>{@code invoice, date, amount}</td></tr>
 * <tr><td>{@code credit-application}</td><td>{@link dev.legalbilling.receivables.CreditApplication}</td>
 *     <td>{@code invoice, date, amount}</td></tr>
 * <tr><td>{@code credit-refund}</td><td>{@link dev.legalbilling.receivables.CreditRefund}</td>
 *     <td>{@code id, client, date, amount}</td></tr>
 * </table>
 * {@code reason} is an {@link dev.legalbilling.receivables.AdjustmentReason} name such as {@code SMALL_BALANCE}.
 *
 * <h2>Reminder log</h2>
 * A JSON array of {@link dev.legalbilling.receivables.reminder.ReminderLogEntry} objects:
 * {@code {"invoice": "2026-0101", "stepId": "PAST-DUE-60", "date": "2026-04-30", "outcome": "SENT",
 * "reason": "..."}}, outcome {@code SENT} or {@code SKIPPED}, at most one entry per invoice and step. An empty file
 * is an empty log. Reminder runs append to it; keeping it is what makes running twice on one day send nothing new.
 *
 * <h2>Aging report JSON</h2>
 * {@code {"asOf": date, "reports": [report, ...]}} with one report per currency:
 * {@code {"asOf", "currency", "lines": [{"client", "matter", "invoice", "invoiceDate", "dueDate", "daysPastDue",
 * "status", "bucket", "balance"}], "byClient": [{"client", "invoices", "buckets", "total"}], "byMatter":
 * [{"matter", "invoices", "buckets", "total"}], "firm": {"invoices", "buckets", "total"}, "unappliedCredits":
 * [{"client", "amount"}]}}. {@code status} is a {@link dev.legalbilling.receivables.ReceivableStatus} name,
 * {@code bucket} an {@link dev.legalbilling.receivables.aging.AgingBucket} name, {@code buckets} maps every bucket
 * name to an amount; amounts are decimal strings in the report's currency.
 *
 * <h2>Reminder run JSON</h2>
 * {@code {"date", "reminders": [{"invoice", "client", "matter", "dueDate", "daysPastDue", "status", "currency",
 * "balance", "step", "stepDate", "catchUp", "escalate", ["escalateTo"], "reason"}], "paused": [{"invoice", "client",
 * "matter", "dueDate", "daysPastDue", "status", "currency", "balance", "step", "stepDate", "reason"}], "skipped":
 * [{"invoice", "step", "reason"}], "logEntries": count}}.
 *
 * <p>Client names and narratives never appear in the report shapes: ids and amounts only.
 */
package dev.legalbilling.json.receivables;
