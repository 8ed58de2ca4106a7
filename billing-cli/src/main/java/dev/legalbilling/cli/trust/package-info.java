/**
 * The {@code billing trust} commands ({@link dev.legalbilling.cli.trust.TrustCommand}): {@code billing trust
 * reconcile} runs a three-way reconciliation of a trust journal file against a bank statement file. The file
 * formats are those of {@code dev.legalbilling.json.trust}.
 */
package dev.legalbilling.cli.trust;
