package dev.legalbilling.trust;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only journal of one trust account, and the only way to record trust money movements.
 *
 * <h2>What it guarantees</h2>
 * <ul>
 *   <li><b>No ledger ever goes below zero</b>, on any day: a transaction that would make a client ledger (or the
 *       firm-funds or unidentified ledger) negative on its date or any later date is refused with
 *       {@link NegativeLedgerBalanceException} and not recorded.</li>
 *   <li><b>Earned fees only</b>: a transfer to operating must name an invoice and stay within the
 *       {@link EarnedFees earned, undisputed} amount not yet transferred for it
 *       ({@link UnearnedFeeTransferException}); advance fees, flat fees included, stay in trust until then.</li>
 *   <li><b>Profile policies</b>: split deposits are refused unless the profile allows them
 *       ({@link SplitDepositException}); the firm's own money stays within the bank-charge cushion
 *       ({@link FirmFundsLimitException}).</li>
 *   <li><b>Refusals change nothing</b>: entries, hash chain and ledgers are untouched by a refused transaction.</li>
 *   <li><b>Append-only, tamper-evident</b>: entries are never edited or removed; mistakes are corrected with
 *       {@link #reverse(TrustEntryId, LocalDate, String) reversing entries}. Each entry carries the hash of the one
 *       before it ({@link TrustEntryCanonicalForm}), and {@link #restore} verifies the chain.</li>
 *   <li><b>Durable before visible</b>: each new entry is handed to the {@link JournalSink} before it is recorded;
 *       if the sink fails, the entry is not recorded.</li>
 *   <li><b>Ledgers agree with the journal by construction</b>: they are derived from the entries, never stored.</li>
 * </ul>
 *
 * <h2>Thread-safety</h2>
 * All methods are safe to call from any number of threads. Posting (including the sink write) and every query are
 * serialised on one internal lock, so the hash chain's order is the posting order, every check sees the state
 * that its entry is appended to, and every query sees the state between two posts, never half of one. Queries
 * return immutable snapshots. Posting throughput is therefore bounded by the sink (one fsync per entry for a
 * file), which suits a law firm's volume.
 *
 * <h2>Dates</h2>
 * An entry's {@link TrustTransaction#date() date} is when the money moved; entries may be posted late
 * (back-dated). Ledgers and balances "as of" a day include every entry dated on or before it, whatever the posting
 * order; running balances are in date order with ties in posting order.
 */
public final class TrustJournal {
    private final TrustAccount account;
    private final TrustAccountingProfile profile;
    private final Clock clock;
    private final JournalSink sink;
    private final JournalHash genesis;

    private final Object lock = new Object();
    private final List<TrustEntry> entries = new ArrayList<>();
    private final Map<Long, TrustEntry> bySequence = new HashMap<>();
    private final Map<LedgerId, List<Movement>> movements = new HashMap<>();
    private final Set<Long> reversed = new HashSet<>();
    private final Map<InvoiceNumber, Money> transferred = new HashMap<>();
    private final Map<Long, Money> unidentifiedOpen = new HashMap<>();
    private JournalHash head;
    private Money balance;

    private record Movement(LocalDate date, long sequence, Money amount) {
    }

    private TrustJournal(TrustAccount account, TrustAccountingProfile profile, Clock clock, JournalSink sink) {
        this.account = Objects.requireNonNull(account, "account");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (!profile.jurisdiction().equals(account.jurisdiction())) {
            throw new InvalidValueException("profile.jurisdiction", profile.jurisdiction(),
                    "must be the jurisdiction of trust account " + account.id() + " (" + account.jurisdiction() + ")");
        }
        if (!profile.bankChargeCushionMax().currency().equals(account.currency())) {
            throw new InvalidValueException("profile.bankChargeCushionMax", profile.bankChargeCushionMax(),
                    "must be in the account currency " + account.currency().getCurrencyCode());
        }
        this.genesis = TrustEntryCanonicalForm.genesis(account);
        this.head = genesis;
        this.balance = Money.zero(account.currency());
    }

    /**
     * @param account the trust account; not null
     * @param profile its jurisdiction's profile (same jurisdiction and currency); not null
     * @param clock the source of {@link TrustEntry#recordedAt()}; not null
     * @param sink where new entries are made durable; not null ({@link JournalSink#NONE} for memory only)
     * @return an empty journal
     * @throws InvalidValueException when the profile's jurisdiction or currency is not the account's
     */
    public static TrustJournal create(TrustAccount account, TrustAccountingProfile profile, Clock clock,
            JournalSink sink) {
        return new TrustJournal(account, profile, clock, sink);
    }

    /**
     * @param account the trust account
     * @param profile its jurisdiction's profile
     * @return an empty journal held only in memory, recording times from the UTC system clock
     */
    public static TrustJournal inMemory(TrustAccount account, TrustAccountingProfile profile) {
        return create(account, profile, Clock.systemUTC(), JournalSink.NONE);
    }

    /**
     * Rebuilds a journal from stored entries, verifying them first: the entries must belong to the account, be
     * numbered 1, 2, 3... and chain by hash from the account's genesis hash; and replaying them in order must keep
     * every invariant the journal enforces when posting (no ledger below zero, fee transfers within the earned
     * amount recorded on each, reversals and identifications naming valid entries). Profile policies (split
     * deposits, cushion) are <em>not</em> re-applied: they were checked under the profile in force at posting time.
     *
     * <p>The entries given are not re-sent to the sink; only later posts are.
     *
     * @param account the trust account; not null
     * @param profile the profile for new posts; not null
     * @param entries the stored entries in order; not null
     * @param clock the clock for new posts; not null
     * @param sink where new entries go; not null
     * @return the journal holding the entries
     * @throws JournalIntegrityException naming the first entry that fails
     */
    public static TrustJournal restore(TrustAccount account, TrustAccountingProfile profile,
            List<TrustEntry> entries, Clock clock, JournalSink sink) {
        TrustJournal journal = new TrustJournal(account, profile, clock, sink);
        synchronized (journal.lock) {
            long expected = 1;
            for (TrustEntry e : entries) {
                if (!e.id().account().equals(account.id())) {
                    throw new JournalIntegrityException(JournalIntegrityException.Problem.WRONG_ACCOUNT, expected,
                            "entry " + expected + " belongs to trust account " + e.id().account() + ", not "
                                    + account.id(), null);
                }
                if (e.sequence() != expected) {
                    throw new JournalIntegrityException(JournalIntegrityException.Problem.SEQUENCE_GAP, expected,
                            "entry " + expected + " is numbered " + e.sequence() + "; expected " + expected, null);
                }
                if (!e.previousHash().equals(journal.head)) {
                    throw new JournalIntegrityException(JournalIntegrityException.Problem.BROKEN_CHAIN, expected,
                            "entry " + e.id() + " does not chain to "
                                    + (expected == 1 ? "the account's genesis hash" : "entry " + (expected - 1))
                                    + ": expected previous hash " + journal.head.abbreviated() + "..., found "
                                    + e.previousHash().abbreviated() + "...", null);
                }
                try {
                    journal.admit(e.transaction(), null, true);
                } catch (BillingException refused) {
                    throw new JournalIntegrityException(JournalIntegrityException.Problem.INVALID_HISTORY, expected,
                            "entry " + e.id() + " breaks the journal's invariants on replay: "
                                    + refused.getMessage(), refused);
                }
                journal.apply(e);
                expected++;
            }
        }
        return journal;
    }

    /** @return the trust account */
    public TrustAccount account() {
        return account;
    }

    /** @return the jurisdiction profile applied to new posts */
    public TrustAccountingProfile profile() {
        return profile;
    }

    /**
     * Records a transaction that is not a transfer of earned fees (a transfer needs
     * {@link #post(TrustTransaction, EarnedFees)}).
     *
     * @param transaction the transaction; not null
     * @return the recorded entry
     * @throws TrustTransactionRefusedException when it is refused (nothing is recorded)
     */
    public TrustEntry post(TrustTransaction transaction) {
        return post(transaction, EarnedFees.none());
    }

    /**
     * Checks and records a transaction: appends it to the sink, then to the journal.
     *
     * @param transaction the transaction; not null
     * @param earnedFees the earned, undisputed fees by invoice, consulted for an earned-fee transfer; not null.
     *     The figure used is recorded on the entry ({@link TrustTransaction#earnedUndisputedAtPosting()})
     * @return the recorded entry
     * @throws NegativeLedgerBalanceException when a ledger would go below zero
     * @throws UnearnedFeeTransferException when a transfer exceeds the earned undisputed fees of its invoice
     * @throws SplitDepositException when a split deposit is not allowed by the profile
     * @throws FirmFundsLimitException when the firm's own funds would exceed the bank-charge cushion
     * @throws InvalidTrustTransactionException when the transaction does not fit the journal
     * @throws RuntimeException whatever the sink throws when it cannot store the entry (nothing is recorded)
     */
    public TrustEntry post(TrustTransaction transaction, EarnedFees earnedFees) {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(earnedFees, "earnedFees");
        synchronized (lock) {
            TrustTransaction recorded = admit(transaction, earnedFees, false);
            TrustEntry entry = TrustEntry.of(new TrustEntryId(account.id(), entries.size() + 1L), clock.instant(),
                    recorded, head);
            sink.append(entry);
            apply(entry);
            return entry;
        }
    }

    /**
     * Corrects an entry by recording its exact opposite, referencing it.
     *
     * @param original the entry to reverse; not null
     * @param date the day of the correction, not before the original's date; not null
     * @param memo why (privileged free text); may be null
     * @return the reversing entry
     * @throws InvalidValueException when the entry does not exist in this journal
     * @throws TrustTransactionRefusedException when the reversal is refused (a reversal, already reversed, or it would
     *     make a ledger negative, e.g. reversing a deposit that has been spent)
     */
    public TrustEntry reverse(TrustEntryId original, LocalDate date, String memo) {
        Objects.requireNonNull(original, "original");
        synchronized (lock) {
            TrustEntry target = find(original).orElseThrow(() -> new InvalidValueException("reverses", original,
                    "is not an entry of trust account " + account.id()));
            TrustTransaction.Builder b = TrustTransaction.builder(TransactionType.REVERSAL, date).reverses(original)
                    .invoice(target.transaction().invoice().orElse(null)).memo(memo);
            target.postings().forEach(p -> b.posting(p.negate()));
            return post(b.build(), EarnedFees.none());
        }
    }

    /**
     * Applies a client's trust money to an invoice: records the transfer of earned fees to operating and returns it
     * together with the payment to apply to the invoice's receivable.
     *
     * @param ledger the client ledger holding the retainer; not null
     * @param invoice the invoice paid; not null
     * @param amount the amount to apply; positive
     * @param date the day of the transfer; not null
     * @param earnedFees the earned undisputed fees by invoice; not null
     * @return the transfer entry and the payment
     * @throws TrustTransactionRefusedException when the transfer is refused (nothing is recorded)
     */
    public RetainerApplication applyRetainer(LedgerId ledger, InvoiceNumber invoice, Money amount, LocalDate date,
            EarnedFees earnedFees) {
        TrustTransaction tx = TrustTransaction.earnedFeeTransfer(date, invoice).debit(ledger, amount)
                .memo("Retainer applied to invoice " + invoice).build();
        TrustEntry entry = post(tx, earnedFees);
        return new RetainerApplication(entry, new PaymentFromTrust(invoice, amount, date, entry.id()));
    }

    /**
     * Applies as much of a client's trust money to an invoice as is both available in the ledger on the date and
     * earned, undisputed and not yet transferred for the invoice.
     *
     * @param ledger the client ledger; not null
     * @param invoice the invoice; not null
     * @param date the day of the transfer; not null
     * @param earnedFees the earned undisputed fees by invoice; not null
     * @return the transfer entry and the payment
     * @throws InvalidValueException when there is nothing to apply (no money in the ledger, or nothing earned left)
     * @throws TrustTransactionRefusedException when the transfer is refused
     */
    public RetainerApplication applyRetainerInFull(LedgerId ledger, InvoiceNumber invoice, LocalDate date,
            EarnedFees earnedFees) {
        Objects.requireNonNull(date, "date");
        synchronized (lock) {
            Money zero = Money.zero(account.currency());
            Money remaining = earnedFees.find(invoice)
                    .map(f -> f.earnedUndisputed().minus(transferred.getOrDefault(invoice, zero)))
                    .orElse(zero);
            Money available = availableOn(ledger, date);
            Money amount = remaining.min(available);
            if (!amount.isPositive()) {
                throw new InvalidValueException("amount", amount, "leaves nothing to apply from " + ledger
                        + " to invoice " + invoice + " on " + date + " (available " + available
                        + ", earned undisputed not yet transferred " + remaining + ")");
            }
            return applyRetainer(ledger, invoice, amount, date, earnedFees);
        }
    }

    /** @return every entry in posting order; an immutable snapshot */
    public List<TrustEntry> entries() {
        synchronized (lock) {
            return List.copyOf(entries);
        }
    }

    /** @return the number of entries */
    public int size() {
        synchronized (lock) {
            return entries.size();
        }
    }

    /**
     * @param id an entry id
     * @return the entry, when it is in this journal
     */
    public Optional<TrustEntry> entry(TrustEntryId id) {
        synchronized (lock) {
            return find(id);
        }
    }

    /**
     * @return the hash of the last entry (the genesis hash when empty): record it elsewhere (a reconciliation report,
     *     an e-mail to the managing partner) to detect later truncation, which a hash chain alone cannot show
     */
    public JournalHash headHash() {
        synchronized (lock) {
            return head;
        }
    }

    /** @return the journal balance over all entries */
    public Money balance() {
        synchronized (lock) {
            return balance;
        }
    }

    /**
     * @param asOf a day; not null
     * @return the journal balance counting entries dated on or before it
     */
    public Money balanceAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return JournalViews.balanceAsOf(account.currency(), entries(), asOf);
    }

    /**
     * @param asOf a day; not null
     * @return every ledger with a movement dated on or before it, client ledgers first; an immutable list
     */
    public List<TrustLedger> ledgers(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return JournalViews.ledgers(account.currency(), entries(), asOf);
    }

    /**
     * @param ledger a ledger; not null
     * @param asOf a day; not null
     * @return that ledger as of the day (empty when it has no movement by then)
     */
    public TrustLedger ledger(LedgerId ledger, LocalDate asOf) {
        Objects.requireNonNull(ledger, "ledger");
        return ledgers(asOf).stream().filter(l -> l.id().equals(ledger)).findFirst()
                .orElse(new TrustLedger(ledger, account.currency(), List.of()));
    }

    /**
     * @param earnedFees the current earned, undisputed fees by invoice; not null
     * @return for every invoice with transfers, the net amount transferred against the earned amount
     */
    public List<FeeTransferStatus> feeTransfers(EarnedFees earnedFees) {
        Objects.requireNonNull(earnedFees, "earnedFees");
        return JournalViews.feeTransfers(account.currency(), entries(), earnedFees);
    }

    /**
     * @param asOf a day; not null
     * @return unidentified deposits not fully resolved by then, in posting order
     */
    public List<UnidentifiedFunds> unidentifiedFunds(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return JournalViews.unidentifiedFunds(entries(), asOf);
    }

    /**
     * @param closedOn the closing date of each closed matter's ledger, as the caller knows it; not null
     * @param asOf a day; not null
     * @return the ledgers of matters closed on or before {@code asOf} that still hold money
     */
    public List<HeldFunds> heldAfterClosing(Map<LedgerId, LocalDate> closedOn, LocalDate asOf) {
        Objects.requireNonNull(closedOn, "closedOn");
        return JournalViews.heldAfterClosing(ledgers(asOf), closedOn, asOf);
    }

    /** @return account, entry count and abbreviated head hash */
    @Override
    public String toString() {
        synchronized (lock) {
            return "TrustJournal[" + account.id() + ", " + entries.size() + " entries, head " + head.abbreviated()
                    + "]";
        }
    }

    // ---- checks, called under the lock ----

    private TrustTransaction admit(TrustTransaction tx, EarnedFees fees, boolean replay) {
        if (!tx.currency().equals(account.currency())) {
            throw new InvalidTrustTransactionException(tx, "it is in " + tx.currency().getCurrencyCode()
                    + " but trust account " + account.id() + " is in " + account.currency().getCurrencyCode());
        }
        TrustTransaction recorded = tx;
        switch (tx.type()) {
            case DEPOSIT:
                if (!replay && tx.isSplitDeposit() && !profile.splitDepositsAllowed()) {
                    throw new SplitDepositException(tx, profile.jurisdiction());
                }
                break;
            case INTEREST:
                if (account.kind() == TrustAccountKind.IOLTA) {
                    throw new InvalidTrustTransactionException(tx, "interest on IOLTA account " + account.id()
                            + " belongs to the IOLTA foundation, not to a client ledger");
                }
                break;
            case EARNED_FEE_TRANSFER:
                recorded = checkTransfer(tx, fees, replay);
                break;
            case IDENTIFICATION:
                checkResolution(tx);
                break;
            case DISBURSEMENT:
                if (tx.resolves().isPresent()) {
                    checkResolution(tx);
                }
                break;
            case REVERSAL:
                checkReversal(tx);
                break;
            default:
                break;
        }
        for (Posting p : tx.postings()) {
            if (p.amount().isNegative()) {
                checkNotNegative(tx, p);
            } else if (p.ledger().isFirmFunds() && !replay) {
                checkCushion(tx, p);
            }
        }
        return recorded;
    }

    private TrustTransaction checkTransfer(TrustTransaction tx, EarnedFees fees, boolean replay) {
        InvoiceNumber invoice = tx.invoice().orElseThrow();
        LedgerId ledger = tx.postings().get(0).ledger();
        Money amount = tx.postings().get(0).amount().negate();
        Money zero = Money.zero(account.currency());
        Money already = transferred.getOrDefault(invoice, zero);
        Money earned;
        if (replay) {
            earned = tx.earnedUndisputedAtPosting().orElseThrow(() -> new InvalidTrustTransactionException(tx,
                    "the transfer for invoice " + invoice + " records no earned undisputed amount"));
        } else {
            Optional<EarnedFee> fee = fees.find(invoice);
            if (fee.isEmpty()) {
                throw new UnearnedFeeTransferException(tx, invoice, ledger, zero, already, amount);
            }
            EarnedFee f = fee.get();
            boolean otherMatter = ledger.matter() != null && !ledger.matter().equals(f.matter());
            if (!f.client().equals(ledger.client()) || otherMatter) {
                throw new InvalidTrustTransactionException(tx, "invoice " + invoice + " is for client " + f.client()
                        + "/" + f.matter() + ", but the transfer debits " + ledger);
            }
            if (!f.earnedUndisputed().currency().equals(account.currency())) {
                throw new InvalidTrustTransactionException(tx, "the earned fee of invoice " + invoice + " is in "
                        + f.earnedUndisputed().currency().getCurrencyCode());
            }
            earned = f.earnedUndisputed();
        }
        if (already.plus(amount).isGreaterThan(earned)) {
            throw new UnearnedFeeTransferException(tx, invoice, ledger, earned, already, amount);
        }
        return replay ? tx : tx.withEarnedUndisputedAtPosting(earned);
    }

    private void checkResolution(TrustTransaction tx) {
        TrustEntryId target = tx.resolves().orElseThrow();
        TrustEntry deposit = find(target).orElseThrow(() -> new InvalidTrustTransactionException(tx,
                "it resolves " + target + ", which is not an entry of trust account " + account.id()));
        Money open = unidentifiedOpen.get(deposit.sequence());
        if (open == null) {
            throw new InvalidTrustTransactionException(tx, "entry " + target
                    + " is not an unreversed deposit of unidentified funds");
        }
        if (tx.date().isBefore(deposit.date())) {
            throw new InvalidTrustTransactionException(tx, "it is dated before the deposit " + target
                    + " it resolves (" + deposit.date() + ")");
        }
        Money amount = tx.amountFor(LedgerId.unidentified()).negate();
        if (amount.isGreaterThan(open)) {
            throw new InvalidTrustTransactionException(tx, "it resolves " + amount + " of deposit " + target
                    + ", but only " + open + " of it is still unidentified");
        }
    }

    private void checkReversal(TrustTransaction tx) {
        TrustEntryId target = tx.reverses().orElseThrow();
        TrustEntry original = find(target).orElseThrow(() -> new InvalidTrustTransactionException(tx,
                "it reverses " + target + ", which is not an entry of trust account " + account.id()));
        if (original.type() == TransactionType.REVERSAL) {
            throw new InvalidTrustTransactionException(tx, "entry " + target
                    + " is itself a reversal; post the correct transaction instead");
        }
        if (reversed.contains(original.sequence())) {
            throw new InvalidTrustTransactionException(tx, "entry " + target + " has already been reversed");
        }
        if (tx.date().isBefore(original.date())) {
            throw new InvalidTrustTransactionException(tx, "it is dated before the entry " + target
                    + " it reverses (" + original.date() + ")");
        }
        List<Posting> mirror = new ArrayList<>();
        original.postings().forEach(p -> mirror.add(p.negate()));
        if (!tx.postings().equals(mirror) || !tx.invoice().equals(original.transaction().invoice())) {
            throw new InvalidTrustTransactionException(tx, "its postings and invoice must be exactly those of entry "
                    + target + " with the opposite sign");
        }
        Money unidentified = original.transaction().amountFor(LedgerId.unidentified());
        if (original.type() == TransactionType.DEPOSIT && unidentified.isPositive()
                && !unidentified.equals(unidentifiedOpen.get(original.sequence()))) {
            throw new InvalidTrustTransactionException(tx, "part of deposit " + target
                    + " has been identified or paid out; reverse those entries first");
        }
        if (original.transaction().resolves().isPresent()
                && reversed.contains(original.transaction().resolves().get().sequence())) {
            throw new InvalidTrustTransactionException(tx, "the deposit " + original.transaction().resolves().get()
                    + " resolved by entry " + target + " has been reversed");
        }
    }

    private void checkNotNegative(TrustTransaction tx, Posting debit) {
        List<Movement> list = movements.getOrDefault(debit.ledger(), List.of());
        int at = insertionIndex(list, tx.date());
        Money zero = Money.zero(account.currency());
        Money running = zero;
        for (int i = 0; i < at; i++) {
            running = running.plus(list.get(i).amount());
        }
        Money available = running;
        Money after = running.plus(debit.amount());
        Money lowest = after;
        LocalDate negativeOn = after.isNegative() ? tx.date() : null;
        for (int i = at; i < list.size(); i++) {
            Movement m = list.get(i);
            running = running.plus(m.amount());
            after = after.plus(m.amount());
            available = available.min(running);
            lowest = lowest.min(after);
            if (negativeOn == null && after.isNegative()) {
                negativeOn = m.date();
            }
        }
        if (lowest.isNegative()) {
            throw new NegativeLedgerBalanceException(tx, debit.ledger(), debit.amount().negate(),
                    available.max(zero), lowest, negativeOn);
        }
    }

    private void checkCushion(TrustTransaction tx, Posting credit) {
        List<Movement> list = movements.getOrDefault(credit.ledger(), List.of());
        int at = insertionIndex(list, tx.date());
        Money running = Money.zero(account.currency());
        for (int i = 0; i < at; i++) {
            running = running.plus(list.get(i).amount());
        }
        Money after = running.plus(credit.amount());
        Money highest = after;
        for (int i = at; i < list.size(); i++) {
            after = after.plus(list.get(i).amount());
            highest = highest.max(after);
        }
        if (highest.isGreaterThan(profile.bankChargeCushionMax())) {
            throw new FirmFundsLimitException(tx, profile.bankChargeCushionMax(), highest);
        }
    }

    private Money availableOn(LedgerId ledger, LocalDate date) {
        List<Movement> list = movements.getOrDefault(ledger, List.of());
        int at = insertionIndex(list, date);
        Money running = Money.zero(account.currency());
        for (int i = 0; i < at; i++) {
            running = running.plus(list.get(i).amount());
        }
        Money available = running;
        for (int i = at; i < list.size(); i++) {
            running = running.plus(list.get(i).amount());
            available = available.min(running);
        }
        return available.max(Money.zero(account.currency()));
    }

    /** @return the index of the first movement dated after {@code date}: where a new one on that date goes */
    private static int insertionIndex(List<Movement> list, LocalDate date) {
        int at = list.size();
        while (at > 0 && list.get(at - 1).date().isAfter(date)) {
            at--;
        }
        return at;
    }

    private Optional<TrustEntry> find(TrustEntryId id) {
        if (!id.account().equals(account.id())) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySequence.get(id.sequence()));
    }

    private void apply(TrustEntry entry) {
        entries.add(entry);
        bySequence.put(entry.sequence(), entry);
        TrustTransaction tx = entry.transaction();
        for (Posting p : tx.postings()) {
            List<Movement> list = movements.computeIfAbsent(p.ledger(), k -> new ArrayList<>());
            list.add(insertionIndex(list, tx.date()), new Movement(tx.date(), entry.sequence(), p.amount()));
        }
        balance = balance.plus(tx.bankAmount());
        head = entry.hash();
        tx.invoice().ifPresent(invoice -> transferred.merge(invoice, tx.bankAmount().negate(), Money::plus));
        if (tx.type() == TransactionType.REVERSAL) {
            reversed.add(tx.reverses().orElseThrow().sequence());
        }
        JournalViews.applyUnidentified(entry, bySequence, unidentifiedOpen, 1);
    }
}
