package dev.legalbilling.receivables.collection;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.UnknownInvoiceException;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step taken to collect fees from a client, as a plain fact for the ethics rules:
 * {@code ETH-FEE-ARBITRATION-NOTICE} (was notice of the client's right to fee arbitration served in time? see
 * {@link FeeArbitrationRule}) and {@code ETH-COLLECTION-ON-TRUST} (does it take trust funds without an earned,
 * undisputed invoice? see {@link #takesTrustFundsWithoutEarnedUndisputedInvoice()}).
 *
 * <p>Build it from the ledger with {@link #forInvoices} (amounts, dispute and notice facts filled in as of the action
 * date) or {@link #of(CollectionActionType, LocalDate, List, SourceOfFunds)}; reminders produced by the reminder
 * schedule carry one each. The record itself takes any values, so actions recorded elsewhere can be checked too.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of step
 * @param date the day the step is taken
 * @param client the client pursued
 * @param matter the matter, or null when the step spans several matters
 * @param invoices the invoices the step concerns (possibly none, e.g. a trust transfer without any invoice);
 *     unmodifiable
 * @param jurisdiction the governing jurisdiction, or null when unknown (no fee-arbitration rule then matches)
 * @param matterType the matter type; {@link MatterType#CRIMINAL_DEFENSE} is not a civil matter
 * @param amountClaimed what the step seeks; above zero
 * @param amountInDispute how much of it the client disputes; zero when undisputed
 * @param earnedUndisputedBalance the open balance of the named final invoices less the amounts in dispute, on the
 *     action date: the most that may be taken from trust
 * @param arbitrationNoticeServed the day notice of the client's right to fee arbitration was served, or null
 * @param sourceOfFunds where the money would come from
 */
public record CollectionAction(CollectionActionType type, LocalDate date, ClientId client, MatterId matter,
        Set<InvoiceNumber> invoices, Jurisdiction jurisdiction, MatterType matterType, Money amountClaimed,
        Money amountInDispute, Money earnedUndisputedBalance, LocalDate arbitrationNoticeServed,
        SourceOfFunds sourceOfFunds) {

    /** The ethics rule on notice of the client's right to fee arbitration. */
    public static final String ARBITRATION_NOTICE_RULE_ID = "ETH-FEE-ARBITRATION-NOTICE";
    /** The ethics rule on collecting from funds held in trust. */
    public static final String COLLECTION_ON_TRUST_RULE_ID = "ETH-COLLECTION-ON-TRUST";

    /**
     * Validates the action.
     *
     * @throws InvalidValueException when the date is missing, the amount claimed is not above zero, or another
     *     amount is negative
     * @throws CurrencyMismatchException when the amounts are in different currencies
     */
    public CollectionAction {
        Objects.requireNonNull(type, "type");
        Arguments.date("actionDate", date);
        Objects.requireNonNull(client, "client");
        invoices = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(invoices, "invoices")));
        Objects.requireNonNull(matterType, "matterType");
        Arguments.positive("amountClaimed", amountClaimed);
        Arguments.notNegative("amountInDispute", amountInDispute);
        Arguments.notNegative("earnedUndisputedBalance", earnedUndisputedBalance);
        if (!amountInDispute.currency().equals(amountClaimed.currency())) {
            throw new CurrencyMismatchException(amountClaimed.currency(), amountInDispute.currency());
        }
        if (!earnedUndisputedBalance.currency().equals(amountClaimed.currency())) {
            throw new CurrencyMismatchException(amountClaimed.currency(), earnedUndisputedBalance.currency());
        }
        Objects.requireNonNull(sourceOfFunds, "sourceOfFunds");
    }

    /**
     * Builds an action on some of a client's invoices from the ledger, as of the action date.
     *
     * @param ledger the receivables
     * @param type the kind of step
     * @param date the day it is taken
     * @param invoices the invoices, all of one client, currency, jurisdiction and matter type
     * @param source where the money would come from
     * @return the action; see {@link #of(CollectionActionType, LocalDate, List, SourceOfFunds)}
     * @throws UnknownInvoiceException when an invoice is not in the ledger
     * @throws InvalidValueException as {@link #of(CollectionActionType, LocalDate, List, SourceOfFunds)}, or when the
     *     date is before an invoice's date
     */
    public static CollectionAction forInvoices(ReceivablesLedger ledger, CollectionActionType type, LocalDate date,
            Collection<InvoiceNumber> invoices, SourceOfFunds source) {
        List<ReceivableState> states = new ArrayList<>();
        for (InvoiceNumber n : invoices) {
            states.add(ledger.state(n, date));
        }
        return of(type, date, states, source);
    }

    /**
     * Builds an action from invoice states taken on the action date. The amount claimed is the sum of the balances;
     * the amount in dispute the sum of each invoice's disputed amount (capped at its balance); the earned undisputed
     * balance the sum of the undisputed balances; the notice date is the latest notice when every invoice has had
     * one, else absent; matter and jurisdiction are set when all invoices agree.
     *
     * @param type the kind of step
     * @param date the day it is taken
     * @param states the invoices' states, at least one, all of one client and currency
     * @param source where the money would come from
     * @return the action
     * @throws InvalidValueException when there are no states, they span clients, jurisdictions or matter types, or
     *     nothing is open to claim
     * @throws CurrencyMismatchException when they span currencies
     */
    public static CollectionAction of(CollectionActionType type, LocalDate date, List<ReceivableState> states,
            SourceOfFunds source) {
        if (states.isEmpty()) {
            throw new InvalidValueException("invoices", "[]", "must name at least one invoice");
        }
        ReceivableState first = states.get(0);
        Money zero = Money.zero(first.currency());
        Money claimed = zero;
        Money disputed = zero;
        Money undisputed = zero;
        Set<InvoiceNumber> numbers = new LinkedHashSet<>();
        Set<MatterId> matters = new LinkedHashSet<>();
        Set<Optional<Jurisdiction>> jurisdictions = new LinkedHashSet<>();
        Set<MatterType> types = new LinkedHashSet<>();
        LocalDate notice = null;
        boolean allNoticed = true;
        for (ReceivableState s : states) {
            if (!s.client().equals(first.client())) {
                throw new InvalidValueException("invoices", s.invoice(),
                        "belongs to client " + s.client() + ", not " + first.client());
            }
            claimed = claimed.plus(s.balance());
            disputed = disputed.plus(s.amountInDispute().min(s.balance()));
            undisputed = undisputed.plus(s.undisputedBalance());
            numbers.add(s.invoice());
            matters.add(s.matter());
            jurisdictions.add(s.receivable().jurisdictionIfKnown());
            types.add(s.receivable().matterType());
            if (s.arbitrationNoticeServed() == null) {
                allNoticed = false;
            } else if (notice == null || s.arbitrationNoticeServed().isAfter(notice)) {
                notice = s.arbitrationNoticeServed();
            }
        }
        if (jurisdictions.size() > 1) {
            throw new InvalidValueException("jurisdiction", jurisdictions,
                    "differs between the invoices; take one action per jurisdiction");
        }
        if (types.size() > 1) {
            throw new InvalidValueException("matterType", types,
                    "differs between the invoices; take one action per matter type");
        }
        if (!claimed.isPositive()) {
            throw new InvalidValueException("amountClaimed", claimed, "must be above zero: nothing is open on "
                    + numbers);
        }
        return new CollectionAction(type, date, first.client(), matters.size() == 1 ? matters.iterator().next() : null,
                numbers, jurisdictions.iterator().next().orElse(null), types.iterator().next(), claimed, disputed,
                undisputed, allNoticed ? notice : null, source);
    }

    /**
     * @param value a different amount claimed (e.g. including interest or costs)
     * @return a copy claiming that amount
     */
    public CollectionAction withAmountClaimed(Money value) {
        return new CollectionAction(type, date, client, matter, invoices, jurisdiction, matterType, value,
                amountInDispute, earnedUndisputedBalance, arbitrationNoticeServed, sourceOfFunds);
    }

    /**
     * @param value the day notice of the right to fee arbitration was served, or null
     * @return a copy with that notice date
     */
    public CollectionAction withArbitrationNoticeServed(LocalDate value) {
        return new CollectionAction(type, date, client, matter, invoices, jurisdiction, matterType, amountClaimed,
                amountInDispute, earnedUndisputedBalance, value, sourceOfFunds);
    }

    /** @return the matter, when the step concerns one */
    public Optional<MatterId> matterIfOne() {
        return Optional.ofNullable(matter);
    }

    /** @return the jurisdiction, when known */
    public Optional<Jurisdiction> jurisdictionIfKnown() {
        return Optional.ofNullable(jurisdiction);
    }

    /** @return the notice date, when notice was served */
    public Optional<LocalDate> arbitrationNoticeServedIfAny() {
        return Optional.ofNullable(arbitrationNoticeServed);
    }

    /** @return true unless the matter is a criminal defence */
    public boolean isCivilMatter() {
        return matterType != MatterType.CRIMINAL_DEFENSE;
    }

    /**
     * The fee amount at stake for fee-arbitration thresholds: the amount in dispute; for a lawsuit on a claim the
     * client has not disputed, the amount claimed (suing for a fee puts the claim in dispute).
     *
     * @return the amount
     */
    public Money feeInDispute() {
        return type == CollectionActionType.LAWSUIT && amountInDispute.isZero() ? amountClaimed : amountInDispute;
    }

    /**
     * @param deadline the latest day notice may have been served
     * @return true when notice was served on or before that day
     */
    public boolean arbitrationNoticeServedOnOrBefore(LocalDate deadline) {
        return arbitrationNoticeServed != null && !arbitrationNoticeServed.isAfter(deadline);
    }

    /** @return true when the step would take money held in trust for the client */
    public boolean takesFundsHeldInTrust() {
        return sourceOfFunds == SourceOfFunds.FUNDS_HELD_IN_TRUST;
    }

    /**
     * The {@value #COLLECTION_ON_TRUST_RULE_ID} condition: the step takes trust funds and either names no invoice or
     * claims more than the earned, undisputed balance of the invoices it names (taking an undisputed portion while the
     * rest is disputed is allowed).
     *
     * @return true when the step would take trust funds without an earned, undisputed invoice to cover them
     */
    public boolean takesTrustFundsWithoutEarnedUndisputedInvoice() {
        return takesFundsHeldInTrust()
                && (invoices.isEmpty() || amountClaimed.isGreaterThan(earnedUndisputedBalance));
    }
}
