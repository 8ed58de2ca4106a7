package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The bank's side of a three-way reconciliation: the statement's ending balance and the reconciling items the firm
 * lists against it, plus the charges and interest the statement shows (used only to explain differences).
 *
 * <p>Adjusted bank balance = ending balance + deposits in transit − outstanding checks (Law Society of BC;
 * Illinois R. 1.15A comment [2]). Immutable and thread-safe.
 *
 * @param account the trust account the statement is for; never null
 * @param periodStart the first day the statement covers; never null
 * @param statementDate the statement's closing day: the reconciliation's as-of date; not before periodStart
 * @param endingBalance the balance the bank reports at the statement date; never null
 * @param depositsInTransit deposits recorded in the journal but not yet on the statement; never null
 * @param outstandingChecks checks (and other debits) recorded but not yet cleared; never null
 * @param bankCharges charges the statement shows in the period; never null (may be empty)
 * @param interestCredits interest the statement shows in the period; never null (may be empty)
 */
public record BankStatement(TrustAccountId account, LocalDate periodStart, LocalDate statementDate,
        Money endingBalance, List<StatementItem> depositsInTransit, List<StatementItem> outstandingChecks,
        List<StatementItem> bankCharges, List<StatementItem> interestCredits) {
    /** Validates dates and currencies and copies the lists. */
    public BankStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(endingBalance, "endingBalance");
        if (statementDate.isBefore(periodStart)) {
            throw new InvalidValueException("statementDate", statementDate, "must not be before " + periodStart);
        }
        depositsInTransit = List.copyOf(depositsInTransit);
        outstandingChecks = List.copyOf(outstandingChecks);
        bankCharges = List.copyOf(bankCharges);
        interestCredits = List.copyOf(interestCredits);
        for (List<StatementItem> items : List.of(depositsInTransit, outstandingChecks, bankCharges, interestCredits)) {
            for (StatementItem item : items) {
                if (!item.amount().currency().equals(endingBalance.currency())) {
                    throw new CurrencyMismatchException(endingBalance.currency(), item.amount().currency());
                }
                if (item.date().isAfter(statementDate)) {
                    throw new InvalidValueException("date", item.date(), "of statement item " + item.reference()
                            + " must not be after the statement date " + statementDate);
                }
            }
        }
    }

    /**
     * @param account the account
     * @param periodStart first day covered
     * @param statementDate closing day
     * @param endingBalance the bank's balance at the closing day
     * @param depositsInTransit deposits in transit
     * @param outstandingChecks outstanding checks
     * @return a statement with no charges or interest listed
     */
    public static BankStatement of(TrustAccountId account, LocalDate periodStart, LocalDate statementDate,
            Money endingBalance, List<StatementItem> depositsInTransit, List<StatementItem> outstandingChecks) {
        return new BankStatement(account, periodStart, statementDate, endingBalance, depositsInTransit,
                outstandingChecks, List.of(), List.of());
    }

    /** @return the sum of deposits in transit */
    public Money depositsInTransitTotal() {
        return total(depositsInTransit);
    }

    /** @return the sum of outstanding checks */
    public Money outstandingChecksTotal() {
        return total(outstandingChecks);
    }

    /** @return ending balance + deposits in transit − outstanding checks */
    public Money adjustedBalance() {
        return endingBalance.plus(depositsInTransitTotal()).minus(outstandingChecksTotal());
    }

    private Money total(List<StatementItem> items) {
        Money sum = Money.zero(endingBalance.currency());
        for (StatementItem i : items) {
            sum = sum.plus(i.amount());
        }
        return sum;
    }
}
