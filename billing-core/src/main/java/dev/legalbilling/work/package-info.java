/**
 * Recorded work: {@link dev.legalbilling.work.TimeEntry} (hours) and {@link dev.legalbilling.work.Expense}
 * (disbursements). Narratives are privileged and never appear in {@code toString}.
 */
package dev.legalbilling.work;
