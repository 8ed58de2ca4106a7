package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names likely causes of reconciliation differences. Stateless; not part of the API.
 *
 * <p>Order of work for the bank-to-journal difference: first the statement's own evidence (charges and interest
 * with no matching journal entry in the period), whose effects add up; then, on whatever remains, heuristics that
 * each propose an alternative explanation (unlisted outstanding check, unlisted deposit in transit, deposit
 * recorded twice, transposed digits). A difference nothing explains is reported as {@link DiscrepancyKind#UNEXPLAINED}
 * with the usual places to look.
 */
final class DiscrepancyFinder {
    private static final int MAX_CANDIDATES = 5;
    private static final BigInteger NINE = BigInteger.valueOf(9);

    private DiscrepancyFinder() {
    }

    static List<DiscrepancyCause> find(BankStatement st, Money journalBalance, List<LedgerBalance> ledgers,
            List<TrustEntry> entries) {
        List<TrustEntry> effective = effectiveEntries(entries, st.statementDate());
        List<DiscrepancyCause> causes = new ArrayList<>();
        Money bankMinusJournal = st.adjustedBalance().minus(journalBalance);
        if (!bankMinusJournal.isZero()) {
            bankAndJournal(st, bankMinusJournal, effective, causes);
        }
        Money ledgerTotal = Money.zero(journalBalance.currency());
        for (LedgerBalance l : ledgers) {
            ledgerTotal = ledgerTotal.plus(l.balance());
        }
        Money journalMinusLedgers = journalBalance.minus(ledgerTotal);
        if (!journalMinusLedgers.isZero()) {
            journalAndLedgers(journalBalance, ledgerTotal, journalMinusLedgers, ledgers, causes);
        }
        for (LedgerBalance l : ledgers) {
            if (l.negative()) {
                causes.add(new DiscrepancyCause(DiscrepancyKind.NEGATIVE_LEDGER, DiscrepancyCause.Scope.LEDGER,
                        l.balance(), l.ledger() + " is below zero at " + fmt(l.balance())
                                + ": other clients' money is covering it; restore it from firm funds and report as "
                                + "the jurisdiction requires.", List.of()));
            }
        }
        return causes;
    }

    /** Entries dated by the as-of day that are neither reversals nor reversed by then: what the bank saw. */
    private static List<TrustEntry> effectiveEntries(List<TrustEntry> entries, LocalDate asOf) {
        Set<Long> reversed = new HashSet<>();
        for (TrustEntry e : entries) {
            if (e.type() == TransactionType.REVERSAL && !e.date().isAfter(asOf)) {
                reversed.add(e.transaction().reverses().orElseThrow().sequence());
            }
        }
        List<TrustEntry> result = new ArrayList<>();
        for (TrustEntry e : entries) {
            if (!e.date().isAfter(asOf) && e.type() != TransactionType.REVERSAL && !reversed.contains(e.sequence())) {
                result.add(e);
            }
        }
        return result;
    }

    private static void bankAndJournal(BankStatement st, Money difference, List<TrustEntry> entries,
            List<DiscrepancyCause> causes) {
        Money explained = Money.zero(difference.currency());
        for (StatementItem charge : unmatched(st.bankCharges(), inPeriod(entries, st, TransactionType.BANK_CHARGE))) {
            causes.add(new DiscrepancyCause(DiscrepancyKind.UNRECORDED_BANK_CHARGE,
                    DiscrepancyCause.Scope.BANK_AND_JOURNAL, charge.amount().negate(), "The statement shows a bank "
                            + "charge of " + fmt(charge.amount()) + " on " + charge.date() + " (" + charge.reference()
                            + ") that the journal does not record; post it against the firm-funds ledger.",
                    List.of()));
            explained = explained.minus(charge.amount());
        }
        for (StatementItem credit : unmatched(st.interestCredits(), inPeriod(entries, st, TransactionType.INTEREST))) {
            causes.add(new DiscrepancyCause(DiscrepancyKind.UNRECORDED_INTEREST,
                    DiscrepancyCause.Scope.BANK_AND_JOURNAL, credit.amount(), "The statement shows interest of "
                            + fmt(credit.amount()) + " on " + credit.date() + " (" + credit.reference()
                            + ") that the journal does not record; post it to the ledger it belongs to.",
                    List.of()));
            explained = explained.plus(credit.amount());
        }
        Money residual = difference.minus(explained);
        if (residual.isZero()) {
            return;
        }
        int before = causes.size();
        Money size = residual.abs();
        if (residual.isPositive()) {
            Set<String> listed = references(st.outstandingChecks());
            List<TrustEntry> checks = entries.stream()
                    .filter(e -> e.type() == TransactionType.DISBURSEMENT || e.type() == TransactionType.REFUND
                            || e.type() == TransactionType.EARNED_FEE_TRANSFER)
                    .filter(e -> e.bankAmount().negate().equals(size))
                    .filter(e -> e.transaction().reference().map(r -> !listed.contains(r)).orElse(true))
                    .sorted(Comparator.comparing(TrustEntry::date).reversed()).limit(MAX_CANDIDATES)
                    .collect(Collectors.toList());
            if (!checks.isEmpty()) {
                causes.add(new DiscrepancyCause(DiscrepancyKind.OUTSTANDING_CHECK_NOT_LISTED,
                        DiscrepancyCause.Scope.BANK_AND_JOURNAL, residual, "The bank is higher than the journal by "
                                + fmt(size) + ", the amount of " + describe(checks) + ", which "
                                + (checks.size() == 1 ? "is" : "are") + " not on the outstanding-check list; if "
                                + (checks.size() == 1 ? "it has" : "one has") + " not cleared, list it.",
                        ids(checks)));
            }
        } else {
            List<TrustEntry> deposits = entries.stream()
                    .filter(e -> e.type() == TransactionType.DEPOSIT || e.type() == TransactionType.FIRM_FUNDS_DEPOSIT)
                    .filter(e -> e.bankAmount().equals(size)).collect(Collectors.toList());
            List<TrustEntry> twins = twins(deposits);
            if (!twins.isEmpty()) {
                causes.add(new DiscrepancyCause(DiscrepancyKind.DEPOSIT_RECORDED_TWICE,
                        DiscrepancyCause.Scope.BANK_AND_JOURNAL, residual, "The journal is higher than the bank by "
                                + fmt(size) + ", and " + describe(twins) + " have that amount and the same date or "
                                + "reference: one may be a duplicate; reverse it.", ids(twins)));
            }
            Set<String> listed = references(st.depositsInTransit());
            List<TrustEntry> unlisted = deposits.stream()
                    .filter(e -> !e.date().isBefore(st.periodStart()))
                    .filter(e -> e.transaction().reference().map(r -> !listed.contains(r)).orElse(true))
                    .sorted(Comparator.comparing(TrustEntry::date).reversed()).limit(MAX_CANDIDATES)
                    .collect(Collectors.toList());
            if (!unlisted.isEmpty()) {
                causes.add(new DiscrepancyCause(DiscrepancyKind.DEPOSIT_IN_TRANSIT_NOT_LISTED,
                        DiscrepancyCause.Scope.BANK_AND_JOURNAL, residual, "The journal is higher than the bank by "
                                + fmt(size) + ", the amount of " + describe(unlisted) + ", not on the "
                                + "deposits-in-transit list; if the bank has not credited it yet, list it.",
                        ids(unlisted)));
            }
        }
        if (divisibleByNine(size)) {
            List<TrustEntry> transposed = entries.stream()
                    .filter(e -> transposes(e.bankAmount().abs(), size)).limit(MAX_CANDIDATES)
                    .collect(Collectors.toList());
            List<StatementItem> items = new ArrayList<>(st.depositsInTransit());
            items.addAll(st.outstandingChecks());
            List<String> itemRefs = items.stream().filter(i -> transposes(i.amount(), size))
                    .map(i -> i.reference() + " (" + fmt(i.amount()) + ")").collect(Collectors.toList());
            String where = transposed.isEmpty() && itemRefs.isEmpty()
                    ? " No single entry or listed item matches a swap of two adjacent digits."
                    : " Candidates: " + String.join(", ", candidateTexts(transposed, itemRefs)) + ".";
            causes.add(new DiscrepancyCause(DiscrepancyKind.TRANSPOSITION, DiscrepancyCause.Scope.BANK_AND_JOURNAL,
                    residual, "The difference of " + fmt(size) + " is divisible by 9, the signature of two "
                            + "transposed digits in an amount recorded or listed." + where, ids(transposed)));
        }
        if (causes.size() == before) {
            String look = residual.isNegative()
                    ? "unrecorded bank charges or withdrawals, deposits recorded twice or for the wrong amount, and "
                            + "deposits in transit missing from the list"
                    : "unrecorded deposits or interest, payments recorded twice or for the wrong amount, and "
                            + "outstanding checks missing from the list";
            causes.add(new DiscrepancyCause(DiscrepancyKind.UNEXPLAINED, DiscrepancyCause.Scope.BANK_AND_JOURNAL,
                    residual, "The bank is " + (residual.isNegative() ? "lower" : "higher") + " than the journal by "
                            + fmt(size) + " and no single item explains it; look for " + look + ".", List.of()));
        }
    }

    private static void journalAndLedgers(Money journal, Money ledgerTotal, Money difference,
            List<LedgerBalance> ledgers, List<DiscrepancyCause> causes) {
        Money size = difference.abs();
        String hint = ledgers.stream().filter(l -> l.balance().abs().equals(size)).map(l -> l.ledger().toString())
                .limit(MAX_CANDIDATES).collect(Collectors.joining(", "));
        causes.add(new DiscrepancyCause(DiscrepancyKind.LEDGERS_DO_NOT_MATCH_JOURNAL,
                DiscrepancyCause.Scope.JOURNAL_AND_LEDGERS, difference, "The ledgers total " + fmt(ledgerTotal)
                        + " but the journal shows " + fmt(journal) + "."
                        + (hint.isEmpty() ? " Look for a posting missing from a ledger or made to two ledgers."
                                : " The difference equals the balance of " + hint
                                        + ": is it missing from, or counted twice in, the ledgers?"),
                List.of()));
        if (divisibleByNine(size)) {
            String candidates = ledgers.stream().filter(l -> transposes(l.balance().abs(), size))
                    .map(l -> l.ledger() + " (" + fmt(l.balance()) + ")").limit(MAX_CANDIDATES)
                    .collect(Collectors.joining(", "));
            causes.add(new DiscrepancyCause(DiscrepancyKind.TRANSPOSITION, DiscrepancyCause.Scope.JOURNAL_AND_LEDGERS,
                    difference, "The difference of " + fmt(size) + " is divisible by 9, the signature of two "
                            + "transposed digits in a ledger balance."
                            + (candidates.isEmpty() ? "" : " Candidates: " + candidates + "."), List.of()));
        }
    }

    private static List<TrustEntry> inPeriod(List<TrustEntry> entries, BankStatement st, TransactionType type) {
        return entries.stream().filter(e -> e.type() == type && !e.date().isBefore(st.periodStart()))
                .collect(Collectors.toList());
    }

    /** @return the statement items with no journal entry of the same amount, matching each entry at most once */
    private static List<StatementItem> unmatched(List<StatementItem> items, List<TrustEntry> recorded) {
        Map<Money, Integer> available = new HashMap<>();
        for (TrustEntry e : recorded) {
            available.merge(e.bankAmount().abs(), 1, Integer::sum);
        }
        List<StatementItem> result = new ArrayList<>();
        for (StatementItem item : items) {
            Integer left = available.get(item.amount());
            if (left == null || left == 0) {
                result.add(item);
            } else {
                available.put(item.amount(), left - 1);
            }
        }
        return result;
    }

    /** @return deposits that share a date or a reference with another deposit in the list */
    private static List<TrustEntry> twins(List<TrustEntry> deposits) {
        Map<String, List<TrustEntry>> groups = new LinkedHashMap<>();
        for (TrustEntry e : deposits) {
            groups.computeIfAbsent("date " + e.date(), k -> new ArrayList<>()).add(e);
            e.transaction().reference()
                    .ifPresent(r -> groups.computeIfAbsent("ref " + r, k -> new ArrayList<>()).add(e));
        }
        for (List<TrustEntry> group : groups.values()) {
            if (group.size() > 1) {
                return group.subList(0, Math.min(group.size(), MAX_CANDIDATES));
            }
        }
        return List.of();
    }

    private static boolean divisibleByNine(Money amount) {
        return amount.amount().unscaledValue().mod(NINE).signum() == 0;
    }

    /** @return true when swapping two adjacent digits of {@code amount} changes it by exactly {@code difference} */
    static boolean transposes(Money amount, Money difference) {
        BigInteger target = difference.amount().unscaledValue().abs();
        char[] digits = amount.amount().unscaledValue().abs().toString().toCharArray();
        BigInteger original = new BigInteger(new String(digits));
        for (int i = 0; i + 1 < digits.length; i++) {
            if (digits[i] == digits[i + 1]) {
                continue;
            }
            char[] swapped = digits.clone();
            swapped[i] = digits[i + 1];
            swapped[i + 1] = digits[i];
            if (new BigInteger(new String(swapped)).subtract(original).abs().equals(target)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> candidateTexts(List<TrustEntry> entries, List<String> items) {
        List<String> result = new ArrayList<>();
        for (TrustEntry e : entries) {
            result.add("entry " + label(e));
        }
        for (String i : items) {
            result.add("listed item " + i);
        }
        return result;
    }

    private static String describe(List<TrustEntry> entries) {
        List<String> parts = new ArrayList<>();
        for (TrustEntry e : entries) {
            parts.add(label(e));
        }
        return (entries.size() == 1 ? "entry " : "entries ") + String.join(", ", parts);
    }

    private static String label(TrustEntry e) {
        return e.id() + " (" + e.type() + " " + e.date() + e.transaction().reference().map(r -> " ref " + r).orElse("")
                + ", " + fmt(e.bankAmount().abs()) + ")";
    }

    private static Set<String> references(Collection<StatementItem> items) {
        Set<String> refs = new HashSet<>();
        items.forEach(i -> refs.add(i.reference()));
        return refs;
    }

    private static List<TrustEntryId> ids(List<TrustEntry> entries) {
        return entries.stream().map(TrustEntry::id).collect(Collectors.toList());
    }

    private static String fmt(Money m) {
        return MoneyFormat.CODE.format(m);
    }
}
