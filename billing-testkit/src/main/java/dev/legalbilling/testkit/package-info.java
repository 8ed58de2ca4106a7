/**
 * Test kit: {@link dev.legalbilling.testkit.InvoiceGenerator} makes realistic invoices with a known share of
 * guideline violations, deterministically from a seed, for tests, samples and benchmarks.
 */
package dev.legalbilling.testkit;
