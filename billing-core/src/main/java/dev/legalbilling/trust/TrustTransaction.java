package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One money movement in a trust account, as the firm asks to record it: what kind, on which day, which ledgers it
 * credits or debits, and the details its kind needs (deposit purpose, payee, invoice, reversed entry...).
 *
 * <p>A transaction is validated for its own shape when built (a disbursement has exactly one debit from a client
 * or unidentified ledger, an earned-fee transfer names an invoice, and so on); whether it may be recorded given
 * the account's history (balances, earned fees, the jurisdiction profile) is decided by
 * {@link TrustJournal#post(TrustTransaction, EarnedFees)}, which turns it into a {@link TrustEntry}.
 *
 * <p>The memo and the payee may be privileged: they are never part of {@link #toString()}. Immutable and
 * thread-safe; build with the static factories, e.g.
 * <pre>{@code
 * TrustTransaction.deposit(date, DepositPurpose.ADVANCE_FEE).credit(ledger, amount).reference("DEP-17").build()
 * }</pre>
 */
public final class TrustTransaction {
    private final TransactionType type;
    private final LocalDate date;
    private final List<Posting> postings;
    private final DepositPurpose purpose;
    private final PayeeKind payeeKind;
    private final String payee;
    private final InvoiceNumber invoice;
    private final String reference;
    private final TrustEntryId reverses;
    private final TrustEntryId resolves;
    private final Money divertedToOperating;
    private final Money earnedUndisputedAtPosting;
    private final TimekeeperId authorisedBy;
    private final String memo;

    private TrustTransaction(Builder b) {
        this.type = b.type;
        this.date = b.date;
        this.postings = List.copyOf(b.postings);
        this.purpose = b.purpose;
        this.payeeKind = b.payeeKind;
        this.payee = b.payee;
        this.invoice = b.invoice;
        this.reference = b.reference;
        this.reverses = b.reverses;
        this.resolves = b.resolves;
        this.divertedToOperating = b.divertedToOperating;
        this.earnedUndisputedAtPosting = b.earnedUndisputedAtPosting;
        this.authorisedBy = b.authorisedBy;
        this.memo = b.memo;
        validate();
    }

    /**
     * @param type the kind of transaction; not null
     * @param date the day the money moved (or the correction is made); not null
     * @return a builder that accepts any field; {@link Builder#build()} checks what the kind requires
     */
    public static Builder builder(TransactionType type, LocalDate date) {
        return new Builder(type, date);
    }

    /**
     * @param date the day of the deposit
     * @param purpose why the money was received
     * @return a builder; add one {@link Builder#credit(LedgerId, Money) credit} per ledger the deposit is for
     */
    public static Builder deposit(LocalDate date, DepositPurpose purpose) {
        return builder(TransactionType.DEPOSIT, date).purpose(purpose);
    }

    /**
     * @param date the day of the payment
     * @param payeeKind the client or a third party
     * @param payee who is paid, e.g. {@code County Clerk} (privileged: never logged or printed by this library)
     * @return a builder; add one {@link Builder#debit(LedgerId, Money) debit}
     */
    public static Builder disbursement(LocalDate date, PayeeKind payeeKind, String payee) {
        return builder(TransactionType.DISBURSEMENT, date).payee(payeeKind, payee);
    }

    /**
     * @param date the day of the transfer to operating
     * @param invoice the invoice whose earned fees are transferred
     * @return a builder; add one {@link Builder#debit(LedgerId, Money) debit} from the client's ledger
     */
    public static Builder earnedFeeTransfer(LocalDate date, InvoiceNumber invoice) {
        return builder(TransactionType.EARNED_FEE_TRANSFER, date).invoice(invoice);
    }

    /**
     * @param date the day of the refund
     * @return a builder; add one {@link Builder#debit(LedgerId, Money) debit} from the client's ledger
     */
    public static Builder refund(LocalDate date) {
        return builder(TransactionType.REFUND, date);
    }

    /**
     * @param date the day the bank took the charge
     * @param amount the charge, positive
     * @return the charge against the firm-funds ledger
     */
    public static TrustTransaction bankCharge(LocalDate date, Money amount) {
        return builder(TransactionType.BANK_CHARGE, date).debit(LedgerId.firmFunds(), amount).build();
    }

    /**
     * @param date the day the firm deposited its own money
     * @param amount the amount, positive
     * @return the deposit to the firm-funds ledger
     */
    public static TrustTransaction firmFundsDeposit(LocalDate date, Money amount) {
        return builder(TransactionType.FIRM_FUNDS_DEPOSIT, date).credit(LedgerId.firmFunds(), amount).build();
    }

    /**
     * @param date the day the bank credited interest
     * @param ledger the client ledger the interest belongs to
     * @param amount the interest, positive
     * @return the interest credit
     */
    public static TrustTransaction interest(LocalDate date, LedgerId ledger, Money amount) {
        return builder(TransactionType.INTEREST, date).credit(ledger, amount).build();
    }

    /**
     * @param date the day of the transfer
     * @param from the client ledger the money leaves
     * @param to another client ledger it goes to
     * @param amount the amount, positive
     * @return a builder holding the move between the two ledgers
     */
    public static Builder ledgerTransfer(LocalDate date, LedgerId from, LedgerId to, Money amount) {
        return builder(TransactionType.LEDGER_TRANSFER, date).debit(from, amount).credit(to, amount);
    }

    /**
     * @param date the day the owner was identified
     * @param unidentifiedDeposit the deposit to the unidentified ledger being resolved
     * @param owner the client ledger the money belongs to
     * @param amount how much of that deposit belongs to the owner, positive
     * @return a builder holding the move from the unidentified ledger to the owner's ledger
     */
    public static Builder identification(LocalDate date, TrustEntryId unidentifiedDeposit, LedgerId owner,
            Money amount) {
        return builder(TransactionType.IDENTIFICATION, date).resolves(unidentifiedDeposit)
                .debit(LedgerId.unidentified(), amount).credit(owner, amount);
    }

    private void validate() {
        if (postings.isEmpty()) {
            throw new InvalidValueException("postings", "[]", "must not be empty for a " + type);
        }
        Currency currency = postings.get(0).amount().currency();
        Set<LedgerId> seen = new HashSet<>();
        for (Posting p : postings) {
            if (!p.amount().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, p.amount().currency());
            }
            if (!seen.add(p.ledger())) {
                throw new InvalidValueException("postings", p.ledger(), "names the same ledger twice in one "
                        + type + "; combine the amounts");
            }
        }
        requireOnlyFor("purpose", purpose, TransactionType.DEPOSIT);
        requireOnlyFor("divertedToOperating", divertedToOperating, TransactionType.DEPOSIT);
        requireOnlyFor("payeeKind", payeeKind, TransactionType.DISBURSEMENT);
        requireOnlyFor("payee", payee, TransactionType.DISBURSEMENT);
        requireOnlyFor("invoice", invoice, TransactionType.EARNED_FEE_TRANSFER, TransactionType.REVERSAL);
        requireOnlyFor("earnedUndisputedAtPosting", earnedUndisputedAtPosting, TransactionType.EARNED_FEE_TRANSFER);
        requireOnlyFor("reverses", reverses, TransactionType.REVERSAL);
        requireOnlyFor("resolves", resolves, TransactionType.IDENTIFICATION, TransactionType.DISBURSEMENT);
        for (Money m : new Money[] {divertedToOperating, earnedUndisputedAtPosting}) {
            if (m != null && !m.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, m.currency());
            }
        }
        switch (type) {
            case DEPOSIT:
                require("purpose", purpose);
                requireSigns(1);
                if (postings.stream().allMatch(p -> p.ledger().isFirmFunds())) {
                    throw new InvalidValueException("postings", postings, "of a DEPOSIT must credit a client or "
                            + "unidentified ledger; record the firm's own money as a FIRM_FUNDS_DEPOSIT");
                }
                if (divertedToOperating != null && !divertedToOperating.isPositive()) {
                    throw new InvalidValueException("divertedToOperating", divertedToOperating,
                            "must be positive when given");
                }
                break;
            case DISBURSEMENT:
                require("payeeKind", payeeKind);
                require("payee", payee);
                requireSingle(-1, LedgerKind.CLIENT, LedgerKind.UNIDENTIFIED);
                if (postings.get(0).ledger().isUnidentified() != (resolves != null)) {
                    throw new InvalidValueException("resolves", resolves, "must name the unidentified deposit "
                            + "exactly when a DISBURSEMENT pays out unidentified funds");
                }
                break;
            case EARNED_FEE_TRANSFER:
                require("invoice", invoice);
                requireSingle(-1, LedgerKind.CLIENT);
                if (earnedUndisputedAtPosting != null && earnedUndisputedAtPosting.isNegative()) {
                    throw new InvalidValueException("earnedUndisputedAtPosting", earnedUndisputedAtPosting,
                            "must not be negative");
                }
                break;
            case REFUND:
                requireSingle(-1, LedgerKind.CLIENT);
                break;
            case BANK_CHARGE:
                requireSingle(-1, LedgerKind.FIRM_FUNDS, LedgerKind.CLIENT);
                break;
            case FIRM_FUNDS_DEPOSIT:
                requireSingle(1, LedgerKind.FIRM_FUNDS);
                break;
            case INTEREST:
                requireSingle(1, LedgerKind.CLIENT);
                break;
            case IDENTIFICATION:
                require("resolves", resolves);
                if (postings.size() != 2 || !postings.get(0).ledger().isUnidentified()
                        || !postings.get(0).amount().isNegative() || !postings.get(1).ledger().isClient()
                        || !postings.get(0).amount().negate().equals(postings.get(1).amount())) {
                    throw new InvalidValueException("postings", postings, "of an IDENTIFICATION must be one debit "
                            + "from the unidentified ledger and an equal credit to one client ledger");
                }
                break;
            case REVERSAL:
                require("reverses", reverses);
                break;
            case LEDGER_TRANSFER:
                if (postings.size() != 2 || !postings.get(0).ledger().isClient()
                        || !postings.get(0).amount().isNegative() || !postings.get(1).ledger().isClient()
                        || !postings.get(0).amount().negate().equals(postings.get(1).amount())) {
                    throw new InvalidValueException("postings", postings, "of a LEDGER_TRANSFER must be one debit "
                            + "from a client ledger and an equal credit to another client ledger");
                }
                break;
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
    }

    private void requireOnlyFor(String field, Object value, TransactionType... types) {
        if (value == null) {
            return;
        }
        for (TransactionType t : types) {
            if (t == type) {
                return;
            }
        }
        throw new InvalidValueException(field, value, "does not apply to a " + type);
    }

    private void requireSigns(int signum) {
        for (Posting p : postings) {
            if (p.amount().amount().signum() != signum) {
                throw new InvalidValueException("posting.amount", p.amount(),
                        (signum > 0 ? "must be a credit (positive)" : "must be a debit (negative)") + " in a "
                                + type);
            }
        }
    }

    private void requireSingle(int signum, LedgerKind... kinds) {
        if (postings.size() != 1) {
            throw new InvalidValueException("postings", postings, "of a " + type + " must be exactly one");
        }
        requireSigns(signum);
        LedgerKind kind = postings.get(0).ledger().kind();
        for (LedgerKind k : kinds) {
            if (k == kind) {
                return;
            }
        }
        throw new InvalidValueException("posting.ledger", postings.get(0).ledger(),
                "cannot be used in a " + type + " (allowed: " + List.of(kinds) + ")");
    }

    /** @return the kind of transaction */
    public TransactionType type() {
        return type;
    }

    /** @return the day the money moved (or the correction was made) */
    public LocalDate date() {
        return date;
    }

    /** @return the ledger postings, in the order given; at least one; unmodifiable */
    public List<Posting> postings() {
        return postings;
    }

    /** @return the currency of every posting */
    public Currency currency() {
        return postings.get(0).amount().currency();
    }

    /**
     * @return the change to the bank balance: the sum of the postings (positive for inflows, negative for outflows,
     *     zero for an identification)
     */
    public Money bankAmount() {
        Money sum = Money.zero(currency());
        for (Posting p : postings) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    /**
     * @param ledger a ledger
     * @return the signed amount this transaction posts to that ledger, zero when it does not touch it
     */
    public Money amountFor(LedgerId ledger) {
        for (Posting p : postings) {
            if (p.ledger().equals(ledger)) {
                return p.amount();
            }
        }
        return Money.zero(currency());
    }

    /** @return for a deposit, why the money was received */
    public Optional<DepositPurpose> purpose() {
        return Optional.ofNullable(purpose);
    }

    /** @return for a disbursement, whether it pays the client or a third party */
    public Optional<PayeeKind> payeeKind() {
        return Optional.ofNullable(payeeKind);
    }

    /** @return for a disbursement, who is paid; privileged, never log it */
    public Optional<String> payee() {
        return Optional.ofNullable(payee);
    }

    /** @return for an earned-fee transfer (or its reversal), the invoice */
    public Optional<InvoiceNumber> invoice() {
        return Optional.ofNullable(invoice);
    }

    /** @return the bank reference: check number, deposit slip or wire reference */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /** @return for a reversal, the entry it reverses */
    public Optional<TrustEntryId> reverses() {
        return Optional.ofNullable(reverses);
    }

    /**
     * @return for an identification, or a disbursement of unidentified funds (returned to the sender or remitted as
     *     unclaimed property), the unidentified deposit it resolves
     */
    public Optional<TrustEntryId> resolves() {
        return Optional.ofNullable(resolves);
    }

    /**
     * @return for a split deposit, the part of the same deposited item that went to the operating account instead of
     *     trust (not included in the postings)
     */
    public Optional<Money> divertedToOperating() {
        return Optional.ofNullable(divertedToOperating);
    }

    /**
     * @return for an earned-fee transfer recorded by {@link TrustJournal}, the earned undisputed amount of the
     *     invoice the caller vouched for when it was posted: the authority for the transfer, kept for audit
     */
    public Optional<Money> earnedUndisputedAtPosting() {
        return Optional.ofNullable(earnedUndisputedAtPosting);
    }

    /** @return the lawyer who authorised the movement, when recorded */
    public Optional<TimekeeperId> authorisedBy() {
        return Optional.ofNullable(authorisedBy);
    }

    /** @return free-text memo, possibly empty; privileged, never log it */
    public String memo() {
        return memo;
    }

    /**
     * @return true when one deposited item is partly trust and partly firm money: part of it was diverted to
     *     operating, or it credits the firm-funds ledger together with a client or unidentified ledger
     */
    public boolean isSplitDeposit() {
        if (type != TransactionType.DEPOSIT) {
            return false;
        }
        return divertedToOperating != null || postings.stream().anyMatch(p -> p.ledger().isFirmFunds());
    }

    /** @return true when the transaction credits or debits the unidentified-funds ledger */
    public boolean touchesUnidentifiedFunds() {
        return postings.stream().anyMatch(p -> p.ledger().isUnidentified());
    }

    TrustTransaction withEarnedUndisputedAtPosting(Money value) {
        Builder b = toBuilder();
        b.earnedUndisputedAtPosting = value;
        return b.build();
    }

    /** @return a builder holding every field of this transaction */
    public Builder toBuilder() {
        Builder b = new Builder(type, date);
        b.postings.addAll(postings);
        b.purpose = purpose;
        b.payeeKind = payeeKind;
        b.payee = payee;
        b.invoice = invoice;
        b.reference = reference;
        b.reverses = reverses;
        b.resolves = resolves;
        b.divertedToOperating = divertedToOperating;
        b.earnedUndisputedAtPosting = earnedUndisputedAtPosting;
        b.authorisedBy = authorisedBy;
        b.memo = memo;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustTransaction t && type == t.type && date.equals(t.date)
                && postings.equals(t.postings) && purpose == t.purpose && payeeKind == t.payeeKind
                && Objects.equals(payee, t.payee) && Objects.equals(invoice, t.invoice)
                && Objects.equals(reference, t.reference) && Objects.equals(reverses, t.reverses)
                && Objects.equals(resolves, t.resolves)
                && Objects.equals(divertedToOperating, t.divertedToOperating)
                && Objects.equals(earnedUndisputedAtPosting, t.earnedUndisputedAtPosting)
                && Objects.equals(authorisedBy, t.authorisedBy) && memo.equals(t.memo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, date, postings, invoice, reference, reverses, resolves, memo);
    }

    /** @return type, date, postings, invoice, reference and linked entries; never the memo or payee */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("TrustTransaction[").append(type).append(' ').append(date);
        for (Posting p : postings) {
            s.append(", ").append(p.ledger()).append(' ').append(p.amount());
        }
        if (invoice != null) {
            s.append(", invoice ").append(invoice);
        }
        if (reference != null) {
            s.append(", ref ").append(reference);
        }
        if (reverses != null) {
            s.append(", reverses ").append(reverses);
        }
        if (resolves != null) {
            s.append(", resolves ").append(resolves);
        }
        return s.append(']').toString();
    }

    /**
     * Collects the fields of a {@link TrustTransaction}. Amounts given to {@link #credit(LedgerId, Money)} and
     * {@link #debit(LedgerId, Money)} are positive; the builder applies the sign. Not thread-safe.
     */
    public static final class Builder {
        private final TransactionType type;
        private final LocalDate date;
        private final List<Posting> postings = new ArrayList<>();
        private DepositPurpose purpose;
        private PayeeKind payeeKind;
        private String payee;
        private InvoiceNumber invoice;
        private String reference;
        private TrustEntryId reverses;
        private TrustEntryId resolves;
        private Money divertedToOperating;
        private Money earnedUndisputedAtPosting;
        private TimekeeperId authorisedBy;
        private String memo = "";

        private Builder(TransactionType type, LocalDate date) {
            this.type = Objects.requireNonNull(type, "type");
            if (date == null) {
                throw new InvalidValueException("date", null, "is required");
            }
            this.date = date;
        }

        /**
         * @param ledger the ledger credited
         * @param amount a positive amount
         * @return this builder
         * @throws InvalidValueException when the amount is not positive
         */
        public Builder credit(LedgerId ledger, Money amount) {
            requirePositive(amount);
            return posting(new Posting(ledger, amount));
        }

        /**
         * @param ledger the ledger debited
         * @param amount a positive amount, recorded with a negative sign
         * @return this builder
         * @throws InvalidValueException when the amount is not positive
         */
        public Builder debit(LedgerId ledger, Money amount) {
            requirePositive(amount);
            return posting(new Posting(ledger, amount.negate()));
        }

        /** @param value a signed posting, appended as is @return this builder */
        public Builder posting(Posting value) {
            postings.add(Objects.requireNonNull(value, "posting"));
            return this;
        }

        /** @param value why a deposit was received @return this builder */
        public Builder purpose(DepositPurpose value) {
            this.purpose = value;
            return this;
        }

        /**
         * @param kind client or third party
         * @param name who is paid; not blank (privileged)
         * @return this builder
         */
        public Builder payee(PayeeKind kind, String name) {
            this.payeeKind = kind;
            this.payee = name == null ? null : privateText("payee", name);
            return this;
        }

        /** @param value the invoice of an earned-fee transfer @return this builder */
        public Builder invoice(InvoiceNumber value) {
            this.invoice = value;
            return this;
        }

        /** @param value check number, deposit slip or wire reference; null for none @return this builder */
        public Builder reference(String value) {
            this.reference = value == null ? null : Checks.identifier("reference", wellFormed("reference", value));
            return this;
        }

        /** @param value the entry a reversal reverses @return this builder */
        public Builder reverses(TrustEntryId value) {
            this.reverses = value;
            return this;
        }

        /**
         * @param value the unidentified deposit an identification (or a disbursement of unidentified funds) resolves
         * @return this builder
         */
        public Builder resolves(TrustEntryId value) {
            this.resolves = value;
            return this;
        }

        /**
         * @param value the part of the deposited item sent to operating instead of trust (making it a split
         *     deposit); null for none
         * @return this builder
         */
        public Builder divertedToOperating(Money value) {
            this.divertedToOperating = value;
            return this;
        }

        /**
         * Sets the recorded earned undisputed amount of a transfer's invoice. {@link TrustJournal} replaces it with
         * the figure from the {@link EarnedFees} given when posting; file readers use it to restore entries.
         *
         * @param value the amount; null for none
         * @return this builder
         */
        public Builder earnedUndisputedAtPosting(Money value) {
            this.earnedUndisputedAtPosting = value;
            return this;
        }

        /** @param value the authorising lawyer; null for none @return this builder */
        public Builder authorisedBy(TimekeeperId value) {
            this.authorisedBy = value;
            return this;
        }

        /** @param value free text (privileged); null is stored as empty @return this builder */
        public Builder memo(String value) {
            this.memo = value == null ? "" : wellFormed("memo", value);
            return this;
        }

        /**
         * @return the validated transaction
         * @throws InvalidValueException when a field the kind requires is missing, a field it does not use is set,
         *     or the postings have the wrong number, sign or ledger kind
         * @throws CurrencyMismatchException when amounts are in different currencies
         */
        public TrustTransaction build() {
            return new TrustTransaction(this);
        }

        private static void requirePositive(Money amount) {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new InvalidValueException("amount", amount, "must be positive");
            }
        }

        /** Like {@link Checks#identifier} but never echoes the (privileged) text in the error. */
        private static String privateText(String field, String text) {
            wellFormed(field, text);
            if (text.isBlank()) {
                throw new InvalidValueException(field, "(withheld)", "must not be blank");
            }
            if (!text.strip().equals(text)) {
                throw new InvalidValueException(field, "(withheld)", "must not start or end with white space");
            }
            if (text.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidValueException(field, "(withheld)", "must not contain control characters");
            }
            return text;
        }

        private static String wellFormed(String field, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new InvalidValueException(field, "(withheld)",
                            "contains an unpaired surrogate at index " + i);
                }
            }
            return text;
        }
    }
}
