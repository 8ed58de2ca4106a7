package dev.legalbilling.trust;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Figures derived from a list of journal entries (in sequence order). Stateless; not part of the API. */
final class JournalViews {
    static final Comparator<TrustEntry> DATE_ORDER =
            Comparator.comparing(TrustEntry::date).thenComparingLong(TrustEntry::sequence);

    private JournalViews() {
    }

    static Money balanceAsOf(Currency currency, List<TrustEntry> entries, LocalDate asOf) {
        Money sum = Money.zero(currency);
        for (TrustEntry e : entries) {
            if (!e.date().isAfter(asOf)) {
                sum = sum.plus(e.bankAmount());
            }
        }
        return sum;
    }

    static List<TrustLedger> ledgers(Currency currency, List<TrustEntry> entries, LocalDate asOf) {
        List<TrustEntry> sorted = new ArrayList<>();
        for (TrustEntry e : entries) {
            if (asOf == null || !e.date().isAfter(asOf)) {
                sorted.add(e);
            }
        }
        sorted.sort(DATE_ORDER);
        Map<LedgerId, List<LedgerLine>> lines = new TreeMap<>();
        Map<LedgerId, Money> running = new HashMap<>();
        for (TrustEntry e : sorted) {
            for (Posting p : e.postings()) {
                Money after = running.getOrDefault(p.ledger(), Money.zero(currency)).plus(p.amount());
                running.put(p.ledger(), after);
                lines.computeIfAbsent(p.ledger(), k -> new ArrayList<>())
                        .add(new LedgerLine(e.id(), e.date(), e.type(), p.amount(), after));
            }
        }
        List<TrustLedger> result = new ArrayList<>(lines.size());
        lines.forEach((id, l) -> result.add(new TrustLedger(id, currency, l)));
        return List.copyOf(result);
    }

    static List<FeeTransferStatus> feeTransfers(Currency currency, List<TrustEntry> entries, EarnedFees fees) {
        Map<InvoiceNumber, Money> transferred = new LinkedHashMap<>();
        Map<InvoiceNumber, LedgerId> ledgers = new HashMap<>();
        for (TrustEntry e : entries) {
            Optional<InvoiceNumber> invoice = e.transaction().invoice();
            if (invoice.isEmpty()) {
                continue;
            }
            // a transfer debits the client (bank amount negative); its reversal credits it back
            Money moved = e.bankAmount().negate();
            transferred.merge(invoice.get(), moved, Money::plus);
            ledgers.putIfAbsent(invoice.get(), e.postings().get(0).ledger());
        }
        List<FeeTransferStatus> result = new ArrayList<>();
        transferred.forEach((invoice, amount) -> {
            Optional<EarnedFee> fee = fees.find(invoice);
            result.add(new FeeTransferStatus(invoice, ledgers.get(invoice), fee.isPresent(),
                    fee.map(EarnedFee::earnedUndisputed).orElse(Money.zero(currency)), amount));
        });
        return List.copyOf(result);
    }

    static List<UnidentifiedFunds> unidentifiedFunds(List<TrustEntry> entries, LocalDate asOf) {
        Map<Long, TrustEntry> bySequence = new HashMap<>();
        Map<Long, Money> open = new LinkedHashMap<>();
        for (TrustEntry e : entries) {
            bySequence.put(e.sequence(), e);
            if (e.date().isAfter(asOf)) {
                continue;
            }
            applyUnidentified(e, bySequence, open, 1);
        }
        List<UnidentifiedFunds> result = new ArrayList<>();
        open.forEach((seq, unresolved) -> {
            if (unresolved.isPositive()) {
                TrustEntry deposit = bySequence.get(seq);
                result.add(new UnidentifiedFunds(deposit.id(), deposit.date(),
                        deposit.transaction().amountFor(LedgerId.unidentified()), unresolved, asOf));
            }
        });
        return List.copyOf(result);
    }

    /**
     * Applies one entry's effect on the open amounts of unidentified deposits.
     *
     * @param direction 1 to apply, -1 to undo (for a reversal)
     */
    static void applyUnidentified(TrustEntry e, Map<Long, TrustEntry> bySequence, Map<Long, Money> open,
            int direction) {
        TrustTransaction tx = e.transaction();
        switch (tx.type()) {
            case DEPOSIT:
                Money credited = tx.amountFor(LedgerId.unidentified());
                if (credited.isPositive()) {
                    if (direction > 0) {
                        open.put(e.sequence(), credited);
                    } else {
                        open.remove(e.sequence());
                    }
                }
                break;
            case IDENTIFICATION:
            case DISBURSEMENT:
                if (tx.resolves().isPresent()) {
                    Money resolved = tx.amountFor(LedgerId.unidentified()).negate();
                    open.computeIfPresent(tx.resolves().get().sequence(),
                            (k, v) -> direction > 0 ? v.minus(resolved) : v.plus(resolved));
                }
                break;
            case REVERSAL:
                TrustEntry original = bySequence.get(tx.reverses().orElseThrow().sequence());
                if (original != null) {
                    applyUnidentified(original, bySequence, open, -direction);
                }
                break;
            default:
                break;
        }
    }

    static List<HeldFunds> heldAfterClosing(List<TrustLedger> ledgers, Map<LedgerId, LocalDate> closedOn,
            LocalDate asOf) {
        List<HeldFunds> result = new ArrayList<>();
        for (TrustLedger l : ledgers) {
            LocalDate closed = closedOn.get(l.id());
            if (closed != null && !closed.isAfter(asOf) && l.balance().isPositive()) {
                result.add(new HeldFunds(l.id(), l.balance(), closed, asOf));
            }
        }
        return List.copyOf(result);
    }
}
