/**
 * The compliance engine: load rule sets (bundled packs compiled at build time, and firms' own DRL files checked
 * against a {@link dev.legalbilling.rules.RuleSecurityPolicy}), check invoices within
 * {@link dev.legalbilling.rules.CheckLimits}, and get a {@link dev.legalbilling.rules.ComplianceReport} whose
 * {@link dev.legalbilling.rules.Finding findings} explain every problem and can adjust the invoice.
 *
 * <p>Entry point: {@link dev.legalbilling.rules.RuleEngine#builder()}. Rule authors program against the facts in
 * {@link dev.legalbilling.rules.fact}; reports serialize with {@link dev.legalbilling.rules.ReportJson}.
 */
package dev.legalbilling.rules;
