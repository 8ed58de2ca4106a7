package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The trust account of the ethics context as a whole, as of the context's date: the firm's own money in it against
 * the bank-charge cushion, and the latest three-way reconciliation against the jurisdiction's frequency. One per
 * session when the context has trust records. The thresholds come from the firm's
 * {@code dev.legalbilling.trust.TrustAccountingProfile} (cushion, frequency), not from literals.
 *
 * <pre>{@code
 * $t : TrustAccountFact(firmFundsBalance > bankChargeCushionMax)
 * $t : TrustAccountFact(reconciled, reconciliationPassed == false)
 * }</pre>
 *
 * @param accountId the trust account
 * @param jurisdiction the jurisdiction whose trust-accounting rules govern it
 * @param currency ISO 4217 code of the amounts
 * @param asOf the day the account is judged as of
 * @param firmFundsBalance the firm's own funds in the account (journal as of {@code asOf}, else the latest
 *     reconciliation)
 * @param bankChargeCushionMax the most of its own money the firm may keep there for bank charges
 * @param reconciliationFrequency {@code "MONTHLY"} or {@code "QUARTERLY"}
 * @param reconciled true when a reconciliation is on record
 * @param reconciledAsOf the as-of date of the latest reconciliation; null when none
 * @param reconciliationBalanced whether its three balances agree; false when none
 * @param reconciliationPassed whether it is balanced and no ledger is below zero; false when none
 * @param bankMinusJournal adjusted bank balance minus journal balance; zero when none
 * @param journalMinusLedgers journal balance minus the sum of the ledgers; zero when none
 * @param negativeLedgerCount how many ledgers it shows below zero
 * @param nextReconciliationAsOf the period end the next reconciliation is due for; null when none is on record
 * @param daysPastNextReconciliation whole days from {@code nextReconciliationAsOf} to {@code asOf} (negative before
 *     it); zero when none is on record
 */
public record TrustAccountFact(String accountId, String jurisdiction, String currency, LocalDate asOf,
        BigDecimal firmFundsBalance, BigDecimal bankChargeCushionMax, String reconciliationFrequency, boolean reconciled,
        LocalDate reconciledAsOf, boolean reconciliationBalanced, boolean reconciliationPassed,
        BigDecimal bankMinusJournal, BigDecimal journalMinusLedgers, int negativeLedgerCount,
        LocalDate nextReconciliationAsOf, long daysPastNextReconciliation) {

    /** Checks that nothing required is null. */
    public TrustAccountFact {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(firmFundsBalance, "firmFundsBalance");
        Objects.requireNonNull(bankChargeCushionMax, "bankChargeCushionMax");
        Objects.requireNonNull(reconciliationFrequency, "reconciliationFrequency");
        Objects.requireNonNull(bankMinusJournal, "bankMinusJournal");
        Objects.requireNonNull(journalMinusLedgers, "journalMinusLedgers");
    }
}
