/**
 * The {@code billing} command line ({@link dev.legalbilling.cli.BillingCli}) and its exit codes
 * ({@link dev.legalbilling.cli.ExitCodes}).
 */
package dev.legalbilling.cli;
