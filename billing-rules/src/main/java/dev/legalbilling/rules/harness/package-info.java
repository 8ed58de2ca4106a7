/**
 * The rule-author test harness: test cases as files (an invoice, a profile, the findings expected: rule ids on line
 * items, and no others) that run from JUnit or the command line and report {@code N passed, M failed} with a diff
 * for each failure. Invoices are read through a pluggable {@link dev.legalbilling.rules.harness.InvoiceSource}
 * chosen by file extension; JSON and YAML invoices are read by billing-json's invoice reader (the format
 * {@code billing check} reads, {@code docs/invoice-files.md}) and profiles by
 * {@link dev.legalbilling.rules.profile.ProfileReader}. The test case format is documented in
 * {@code docs/rule-authoring.md}.
 */
package dev.legalbilling.rules.harness;
