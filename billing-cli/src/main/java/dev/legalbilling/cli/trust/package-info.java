/**
 * The {@code billing trust} commands ({@link dev.legalbilling.cli.trust.TrustCommand}): {@code open} starts a
 * journal file, {@code post} records a transaction in it under its lock, {@code repair} cuts a torn last line,
 * {@code ledger} prints ledger statements and {@code reconcile} runs a three-way reconciliation of a trust journal
 * file against a bank statement file. The file
 * formats are those of {@code dev.legalbilling.json.trust}.
 */
package dev.legalbilling.cli.trust;
