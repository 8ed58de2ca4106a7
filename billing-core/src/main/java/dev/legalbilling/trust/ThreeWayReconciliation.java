package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Performs three-way reconciliations: adjusted bank balance against journal balance against the sum of the
 * ledgers (client ledgers plus the firm's bank-charge funds plus unidentified funds), all as of the bank statement's
 * date, and names the likely causes of any difference.
 *
 * <p>Worked example (fee-and-trust-rules.md section 4): 52,000 + 3,000 − 5,500 = 49,500; journal 49,500; ledgers
 * A 20,000 + B 25,000 + C 4,000 + bank-charge ledger 500 = 49,500: balanced. Any negative ledger fails the
 * reconciliation even when the totals agree.
 *
 * <p>Stateless and thread-safe.
 */
public final class ThreeWayReconciliation {
    private ThreeWayReconciliation() {
    }

    /**
     * Reconciles a live journal as of the statement date, using one consistent snapshot of its entries.
     *
     * @param journal the journal; not null
     * @param statement the bank side, for the journal's account; not null
     * @return the report, including the journal's head hash
     * @throws InvalidValueException when the statement is for another account
     */
    public static ReconciliationReport reconcile(TrustJournal journal, BankStatement statement) {
        Objects.requireNonNull(journal, "journal");
        return reconcile(journal.account(), journal.profile(), journal.entries(), statement);
    }

    /**
     * Reconciles verified journal entries (from {@link TrustJournal#entries()} or a verified file) as of the
     * statement date.
     *
     * @param account the trust account; not null
     * @param profile the jurisdiction profile (for the reconciliation frequency); not null
     * @param entries the journal's entries in sequence order; not null
     * @param statement the bank side, for the same account; not null
     * @return the report, including the head hash of the entries
     * @throws InvalidValueException when the statement is for another account
     * @throws CurrencyMismatchException when the statement is in another currency
     */
    public static ReconciliationReport reconcile(TrustAccount account, TrustAccountingProfile profile,
            List<TrustEntry> entries, BankStatement statement) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(statement, "statement");
        List<TrustEntry> snapshot = List.copyOf(entries);
        if (!statement.account().equals(account.id())) {
            throw new InvalidValueException("statement.account", statement.account(),
                    "must be the journal's trust account " + account.id());
        }
        Money journal = JournalViews.balanceAsOf(account.currency(), snapshot, statement.statementDate());
        List<LedgerBalance> ledgers = new ArrayList<>();
        for (TrustLedger l : JournalViews.ledgers(account.currency(), snapshot, statement.statementDate())) {
            ledgers.add(l.toBalance());
        }
        JournalHash head = snapshot.isEmpty() ? TrustEntryCanonicalForm.genesis(account)
                : snapshot.get(snapshot.size() - 1).hash();
        return build(statement, journal, ledgers, snapshot, profile.reconciliationFrequency(), head);
    }

    /**
     * Compares three independently kept figures (for instance a manual ledger card system), without journal entries:
     * causes that need entries (duplicate deposits, unlisted checks) cannot be named.
     *
     * @param statement the bank side; not null
     * @param journalBalance the journal (check register) balance at the statement date; not null
     * @param ledgers every ledger's balance at the statement date; not null
     * @param frequency the jurisdiction's reconciliation frequency; not null
     * @return the report, without a journal head hash
     * @throws CurrencyMismatchException when the figures are in different currencies
     */
    public static ReconciliationReport compare(BankStatement statement, Money journalBalance,
            List<LedgerBalance> ledgers, ReconciliationFrequency frequency) {
        return build(statement, journalBalance, ledgers, List.of(), frequency, null);
    }

    private static ReconciliationReport build(BankStatement statement, Money journalBalance,
            List<LedgerBalance> ledgers, List<TrustEntry> entries, ReconciliationFrequency frequency,
            JournalHash head) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(journalBalance, "journalBalance");
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(frequency, "frequency");
        if (!journalBalance.currency().equals(statement.endingBalance().currency())) {
            throw new CurrencyMismatchException(statement.endingBalance().currency(), journalBalance.currency());
        }
        List<LedgerBalance> sorted = new ArrayList<>(ledgers);
        sorted.sort((a, b) -> a.ledger().compareTo(b.ledger()));
        List<DiscrepancyCause> causes = DiscrepancyFinder.find(statement, journalBalance, sorted, entries);
        List<UnidentifiedFunds> unidentified = JournalViews.unidentifiedFunds(entries, statement.statementDate());
        return new ReconciliationReport(statement, journalBalance, sorted, causes, unidentified, frequency, head);
    }
}
