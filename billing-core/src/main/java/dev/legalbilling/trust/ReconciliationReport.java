package dev.legalbilling.trust;

import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a three-way reconciliation as of a statement date: the adjusted bank balance, the journal balance
 * and the sum of the ledgers side by side, their differences, and the likely causes of any difference.
 *
 * <p>The reconciliation is {@link #balanced() balanced} when the three figures are equal, and {@link #passed()
 * passes} when it is balanced and no ledger is below zero. {@link #toText()} renders it for people; the
 * {@code billing-json} module serialises it. Built by {@link ThreeWayReconciliation}. Immutable and thread-safe;
 * contains ids and amounts only, never client names, memos or payees.
 *
 * @param statement the bank side; never null
 * @param journalBalance the journal balance as of the statement date; never null
 * @param ledgers every ledger's balance as of the statement date, client ledgers first; never null
 * @param causes likely causes of differences and ledger failures, empty when it passes; never null
 * @param unidentifiedFunds unidentified deposits still unresolved at the statement date; never null
 * @param frequency the jurisdiction's reconciliation frequency; never null
 * @param journalHead the journal's head hash when the report was made from a journal, otherwise null
 */
public record ReconciliationReport(BankStatement statement, Money journalBalance, List<LedgerBalance> ledgers,
        List<DiscrepancyCause> causes, List<UnidentifiedFunds> unidentifiedFunds, ReconciliationFrequency frequency,
        JournalHash journalHead) {

    /** Checks currencies and copies the lists. */
    public ReconciliationReport {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(journalBalance, "journalBalance");
        Objects.requireNonNull(frequency, "frequency");
        ledgers = List.copyOf(ledgers);
        causes = List.copyOf(causes);
        unidentifiedFunds = List.copyOf(unidentifiedFunds);
        if (!journalBalance.currency().equals(statement.endingBalance().currency())) {
            throw new CurrencyMismatchException(statement.endingBalance().currency(), journalBalance.currency());
        }
        for (LedgerBalance l : ledgers) {
            if (!l.balance().currency().equals(journalBalance.currency())) {
                throw new CurrencyMismatchException(journalBalance.currency(), l.balance().currency());
            }
        }
    }

    /** @return the trust account */
    public TrustAccountId account() {
        return statement.account();
    }

    /** @return the day the three balances are compared: the statement date */
    public LocalDate asOf() {
        return statement.statementDate();
    }

    /** @return statement balance + deposits in transit − outstanding checks */
    public Money adjustedBankBalance() {
        return statement.adjustedBalance();
    }

    /** @return the sum of the client ledgers */
    public Money clientLedgerTotal() {
        return sum(LedgerKind.CLIENT);
    }

    /** @return the firm's own funds held for bank charges */
    public Money firmFundsBalance() {
        return sum(LedgerKind.FIRM_FUNDS);
    }

    /** @return the balance of the unidentified-funds ledger */
    public Money unidentifiedBalance() {
        return sum(LedgerKind.UNIDENTIFIED);
    }

    /** @return client ledgers + firm funds + unidentified funds */
    public Money ledgerTotal() {
        Money total = Money.zero(journalBalance.currency());
        for (LedgerBalance l : ledgers) {
            total = total.plus(l.balance());
        }
        return total;
    }

    /** @return adjusted bank balance − journal balance */
    public Money bankMinusJournal() {
        return adjustedBankBalance().minus(journalBalance);
    }

    /** @return journal balance − sum of ledgers */
    public Money journalMinusLedgers() {
        return journalBalance.minus(ledgerTotal());
    }

    /** @return adjusted bank balance − sum of ledgers */
    public Money bankMinusLedgers() {
        return adjustedBankBalance().minus(ledgerTotal());
    }

    /** @return true when all three balances are equal */
    public boolean balanced() {
        return bankMinusJournal().isZero() && journalMinusLedgers().isZero();
    }

    /** @return the ledgers below zero */
    public List<LedgerBalance> negativeLedgers() {
        List<LedgerBalance> negative = new ArrayList<>();
        for (LedgerBalance l : ledgers) {
            if (l.negative()) {
                negative.add(l);
            }
        }
        return List.copyOf(negative);
    }

    /** @return true when balanced and no ledger is below zero */
    public boolean passed() {
        return balanced() && negativeLedgers().isEmpty();
    }

    /** @return the as-of date of the next reconciliation due under the jurisdiction's frequency */
    public LocalDate nextAsOf() {
        return frequency.nextAsOf(asOf());
    }

    /** @return the journal's head hash, when the report was made from a journal */
    public Optional<JournalHash> journalHeadIfKnown() {
        return Optional.ofNullable(journalHead);
    }

    /** @return a fixed-width plain-text rendering for terminals and files, lines ended by LF */
    public String toText() {
        return ReconciliationReportText.render(this);
    }

    private Money sum(LedgerKind kind) {
        Money total = Money.zero(journalBalance.currency());
        for (LedgerBalance l : ledgers) {
            if (l.ledger().kind() == kind) {
                total = total.plus(l.balance());
            }
        }
        return total;
    }

    /** @return account, date, the three balances and the result; no ledger details */
    @Override
    public String toString() {
        return "ReconciliationReport[" + account() + " as of " + asOf() + ", bank " + adjustedBankBalance()
                + ", journal " + journalBalance + ", ledgers " + ledgerTotal() + ", "
                + (passed() ? "passed" : balanced() ? "failed (negative ledger)" : "out of balance") + "]";
    }
}
