/**
 * {@code billing import clio|practicepanther|mycase}: brings a firm's unbilled work in from its practice-management
 * system (API or CSV export) as the work file and matter file {@code billing invoice} reads.
 */
package dev.legalbilling.cli.importing;
