/**
 * The steps of the invoice-review topology and the records that flow between them; not part of the API.
 *
 * <p>{@link dev.legalbilling.kafka.internal.ReadStep} reads each submission, sends it on keyed by its submission id
 * and cuts its fee lines into one day slice per timekeeper and day; {@link dev.legalbilling.kafka.internal.DayStep}
 * (after a repartition by timekeeper and day) answers each slice with the entries other invoices billed for that
 * timekeeper and day, and remembers the slice; {@link dev.legalbilling.kafka.internal.CheckStep} (after a
 * repartition by submission id) waits for every answer, then checks the invoices and writes report, adjusted
 * invoice or dead letter.
 */
package dev.legalbilling.kafka.internal;
