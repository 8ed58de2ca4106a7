/**
 * The fact model that rule files are written against: immutable records the engine builds from an invoice, its
 * matter and the active guideline profile before a session starts, and the two records rules create
 * ({@link dev.legalbilling.rules.fact.Violation}, {@link dev.legalbilling.rules.fact.Suggestion}).
 *
 * <p>This package is the contract with rule authors and is kept stable across versions: fields are only ever
 * added. Every type here is allowed in rule files by the default
 * {@link dev.legalbilling.rules.RuleSecurityPolicy}, so nothing in this package may reach beyond plain values.
 *
 * <h2>Facts in every session</h2>
 * <ul>
 *   <li>{@link dev.legalbilling.rules.fact.InvoiceFact} — one, the invoice header and totals;</li>
 *   <li>{@link dev.legalbilling.rules.fact.LineFact} — one per invoice line;</li>
 *   <li>{@link dev.legalbilling.rules.fact.MatterFact} — one, the matter billed;</li>
 *   <li>{@link dev.legalbilling.rules.fact.TimekeeperFact} — one per timekeeper on the invoice;</li>
 *   <li>{@link dev.legalbilling.rules.fact.TimekeeperDay} — one per timekeeper and day with fee time (derived);</li>
 *   <li>{@link dev.legalbilling.rules.fact.LineContext} — one per line: the line with its normalised narrative,
 *       running sums, ranks, duplicate and code checks, worked out once (derived);</li>
 *   <li>{@link dev.legalbilling.rules.fact.MatterFees} — one, fees of this invoice and cumulative (derived);</li>
 *   <li>{@link dev.legalbilling.rules.fact.ProfileFact} — one, the active guideline profile;</li>
 *   <li>{@link dev.legalbilling.rules.fact.Parameter} — one per rule parameter in force (pack default or profile
 *       value).</li>
 * </ul>
 * Helpers rules may call: {@link dev.legalbilling.rules.fact.Narrative} (phrase matching on a normalised narrative)
 * and {@link dev.legalbilling.rules.fact.Text} (normalisation, number formats for messages).
 *
 * <p>Conventions: amounts are {@link java.math.BigDecimal} in the invoice currency at its scale; hours are decimal
 * hours; codes and ids are strings, {@code ""} (never null) when absent, so {@code taskCode == ""} matches a blank
 * code. All records are immutable and thread-safe. See {@code docs/rule-authoring.md} for a DRL example per fact.
 */
package dev.legalbilling.rules.fact;
