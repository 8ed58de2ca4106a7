/**
 * {@code billing check}: reads LEDES 1998B / 98BI V2 and JSON invoices, validates the format under a receiver's
 * dialect, runs the bundled rule packs and the user's rule files with one shared engine on all cores, and prints
 * the report as text or JSON ({@link dev.legalbilling.cli.check.CheckCommand}).
 */
package dev.legalbilling.cli.check;
