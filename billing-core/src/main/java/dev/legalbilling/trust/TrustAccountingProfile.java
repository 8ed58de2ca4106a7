package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The trust-accounting parameters of one jurisdiction, as the firm configures them.
 *
 * <p>Every figure is a parameter, never law baked into code. {@link #configurableDefaults(Jurisdiction, Currency)}
 * gives starting values that are explicitly <em>configurable defaults, not law</em>: check each against the
 * jurisdiction's official text (see {@code fee-and-trust-rules.md} section 4). Known values from that fact sheet, for
 * orientation only: Illinois quarterly / 7 years, Florida monthly / 6 years, California monthly / 5 years, New York
 * 7 years, ABA 5 years.
 *
 * <p>Immutable and thread-safe.
 *
 * @param jurisdiction whose rules these are; never null
 * @param reconciliationFrequency how often a three-way reconciliation is due; never null
 * @param splitDepositsAllowed whether one deposit may be partly trust and partly firm money (the ABA Model Rules for
 *     Client Trust Account Records forbid it)
 * @param bankChargeCushionMax the most of the firm's own money the account may hold for bank charges
 *     (Rule 1.15(b): "only the amount needed"); zero or more, in the account's currency
 * @param retentionYears how many years trust records are kept after the representation ends; 1 to 100
 * @param basis where the values come from, e.g. {@code "configurable default, not law"} or a rule citation; not blank
 */
public record TrustAccountingProfile(Jurisdiction jurisdiction, ReconciliationFrequency reconciliationFrequency,
        boolean splitDepositsAllowed, Money bankChargeCushionMax, int retentionYears, String basis) {

    /** The {@link #basis()} of {@link #configurableDefaults(Jurisdiction, Currency)}. */
    public static final String DEFAULT_BASIS = "configurable default, not law";

    /** Validates the parameters. */
    public TrustAccountingProfile {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(reconciliationFrequency, "reconciliationFrequency");
        Objects.requireNonNull(bankChargeCushionMax, "bankChargeCushionMax");
        if (bankChargeCushionMax.isNegative()) {
            throw new InvalidValueException("bankChargeCushionMax", bankChargeCushionMax, "must not be negative");
        }
        if (retentionYears < 1 || retentionYears > 100) {
            throw new InvalidValueException("retentionYears", retentionYears, "must be between 1 and 100");
        }
        if (basis == null || basis.isBlank()) {
            throw new InvalidValueException("basis", basis, "must say where the values come from");
        }
    }

    /**
     * Starting values for a jurisdiction, all <em>configurable defaults, not law</em>: quarterly reconciliation (the
     * bracketed "[quarterly]" of the ABA Model Rules for Client Trust Account Records, status [U]), split deposits
     * forbidden (same Model Rules, Rule 2 comment [V]), a bank-charge cushion of 500.00 in the given currency (a firm
     * policy placeholder; the rule only says "the amount needed") and 5 years' retention (ABA Rule 1.15(a) [V]).
     *
     * @param jurisdiction the jurisdiction; not null
     * @param currency the trust account's currency; not null
     * @return the default profile, with {@link #basis()} {@value #DEFAULT_BASIS}
     */
    public static TrustAccountingProfile configurableDefaults(Jurisdiction jurisdiction, Currency currency) {
        return new TrustAccountingProfile(jurisdiction, ReconciliationFrequency.QUARTERLY, false,
                Money.of(new BigDecimal("500"), currency), 5, DEFAULT_BASIS);
    }

    /** @param value the new frequency @return a copy with that reconciliation frequency */
    public TrustAccountingProfile withReconciliationFrequency(ReconciliationFrequency value) {
        return new TrustAccountingProfile(jurisdiction, value, splitDepositsAllowed, bankChargeCushionMax,
                retentionYears, basis);
    }

    /** @param value whether split deposits are allowed @return a copy with that setting */
    public TrustAccountingProfile withSplitDepositsAllowed(boolean value) {
        return new TrustAccountingProfile(jurisdiction, reconciliationFrequency, value, bankChargeCushionMax,
                retentionYears, basis);
    }

    /** @param value the new cushion maximum @return a copy with that maximum */
    public TrustAccountingProfile withBankChargeCushionMax(Money value) {
        return new TrustAccountingProfile(jurisdiction, reconciliationFrequency, splitDepositsAllowed, value,
                retentionYears, basis);
    }

    /** @param value the retention period in years @return a copy with that retention */
    public TrustAccountingProfile withRetentionYears(int value) {
        return new TrustAccountingProfile(jurisdiction, reconciliationFrequency, splitDepositsAllowed,
                bankChargeCushionMax, value, basis);
    }

    /** @param value where the values come from @return a copy with that basis */
    public TrustAccountingProfile withBasis(String value) {
        return new TrustAccountingProfile(jurisdiction, reconciliationFrequency, splitDepositsAllowed,
                bankChargeCushionMax, retentionYears, value);
    }
}
