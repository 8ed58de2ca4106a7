/**
 * MyCase: the API v1 client ({@link dev.legalbilling.connect.mycase.MyCaseClient}, {@code Link} header paging) and
 * the reader of its time and expense CSV export ({@link dev.legalbilling.connect.mycase.MyCaseCsv}). MyCase keeps
 * no UTBMS codes and no billed flag (an entry on an invoice is billed); the README lists the facts and assumptions.
 */
package dev.legalbilling.connect.mycase;
