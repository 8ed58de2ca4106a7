/**
 * The {@code billing invoice} command ({@link dev.legalbilling.cli.invoice.InvoiceCommand}): drafts a month's invoice
 * for one matter from a matter file and a work file and prints or writes it as LEDES 1998B, LEDES 98BI V2, JSON or a
 * readable text invoice.
 */
package dev.legalbilling.cli.invoice;
