/**
 * Invoices: {@link dev.legalbilling.invoice.Invoice} with its {@link dev.legalbilling.invoice.InvoiceLine}s (LEDES
 * types F, E, IF, IE). A line is rounded once where it is created; an invoice's total is the exact sum of its lines;
 * final invoices only grow by correction lines.
 */
package dev.legalbilling.invoice;
