/**
 * The {@code billing ar} commands for accounts receivable ({@link dev.legalbilling.cli.ar.ArCommand}):
 * {@code billing ar aging} prints the aging report and {@code billing ar reminders} the payment reminders due, from
 * an invoices file and a payments file in the formats of {@code dev.legalbilling.json.receivables}.
 */
package dev.legalbilling.cli.ar;
