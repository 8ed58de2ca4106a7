/**
 * Implementation details of the receivables packages (argument checks, amount formatting, text tables, matching of
 * recorded time to billed lines). Not part of the API: may change without notice.
 */
package dev.legalbilling.receivables.internal;
