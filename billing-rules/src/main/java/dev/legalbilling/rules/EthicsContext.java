package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.ContingencySchedules;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.FeeArbitrationRules;
import dev.legalbilling.trust.EarnedFees;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the ethics rules (the bundled {@code ethics} pack) need beyond the invoice and its matter: the firm's other
 * invoices of the period, actual expense costs, the trust records, collection steps and receivables. Optional on a
 * {@link CheckRequest}: without it the rules that need it stay silent, while the rules on the matter's fee
 * agreement and on the invoice's own actual times still run.
 *
 * <pre>{@code
 * EthicsContext ethics = EthicsContext.builder()
 *         .asOf(LocalDate.of(2026, 4, 30))
 *         .otherInvoices(invoicesOfTheSamePeriod)
 *         .trustJournal(journal).trustReconciliation(lastReconciliation).earnedFees(earned)
 *         .collectionActions(actions).receivables(states)
 *         .build();
 * ComplianceReport report = engine.check(CheckRequest.of(invoice, matter, profile).withEthics(ethics));
 * }</pre>
 *
 * <h2>What becomes a fact, and for whom</h2>
 * One context may serve a whole batch of checks. Each check takes from it only what concerns its invoice:
 * <ul>
 *   <li>the other invoices (any client; one with the checked invoice's number is skipped) are summed per timekeeper
 *       and day for the days the checked invoice bills, and searched for the same hours billed twice;</li>
 *   <li>expense costs of the checked invoice's lines (a cost naming a line the invoice lacks, or a line that is not
 *       an expense, fails the check with {@link InvalidValueException});</li>
 *   <li>trust ledgers, fee transfers and advance-fee receipts of the checked invoice's client only, so a report
 *       never shows another client's trust money; the account as a whole (firm funds, reconciliation,
 *       unidentified funds) is checked on every invoice;</li>
 *   <li>collection steps and receivables of the checked invoice's client.</li>
 * </ul>
 * Ledgers come from the trust journal as of {@link #asOfIfSet() the context's date}; with no journal, from the
 * latest reconciliation as of its statement date. Advance-fee receipts are matched against the journal's deposits,
 * so they need a journal.
 *
 * <p>Immutable and thread-safe, except that the trust journal is a live, append-only, thread-safe journal read when
 * each check runs (its entries dated after the context's date are ignored).
 */
public final class EthicsContext {
    private static final EthicsContext EMPTY = builder().build();

    private final LocalDate asOf;
    private final List<Invoice> otherInvoices;
    private final List<ExpenseCost> expenseCosts;
    private final ContingencySchedules contingencySchedules;
    private final TrustJournal trustJournal;
    private final ReconciliationReport trustReconciliation;
    private final TrustAccountingProfile trustProfile;
    private final EarnedFees earnedFees;
    private final Map<LedgerId, LocalDate> closedMatters;
    private final List<AdvanceFeeReceipt> advanceFees;
    private final List<CollectionAction> collectionActions;
    private final FeeArbitrationRules feeArbitrationRules;
    private final List<ReceivableState> receivables;

    private EthicsContext(Builder b) {
        this.asOf = b.asOf;
        this.otherInvoices = List.copyOf(b.otherInvoices);
        this.expenseCosts = List.copyOf(b.expenseCosts);
        this.contingencySchedules = b.contingencySchedules;
        this.trustJournal = b.trustJournal;
        this.trustReconciliation = b.trustReconciliation;
        this.trustProfile = b.trustProfile != null ? b.trustProfile
                : b.trustJournal != null ? b.trustJournal.profile() : null;
        this.earnedFees = b.earnedFees;
        this.closedMatters = Collections.unmodifiableMap(new LinkedHashMap<>(b.closedMatters));
        this.advanceFees = List.copyOf(b.advanceFees);
        this.collectionActions = List.copyOf(b.collectionActions);
        this.feeArbitrationRules = b.feeArbitrationRules;
        this.receivables = List.copyOf(b.receivables);
    }

    /** @return a context with nothing in it: the built-in schedules and fee-arbitration table, no records */
    public static EthicsContext empty() {
        return EMPTY;
    }

    /** @return a builder for an empty context, to fill in */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the day trust, receivable and closing-statement facts are judged as of, when set */
    public Optional<LocalDate> asOfIfSet() {
        return Optional.ofNullable(asOf);
    }

    /**
     * @param invoice the invoice being checked
     * @return the context's date, or the invoice date when none is set
     */
    public LocalDate asOf(Invoice invoice) {
        return asOf != null ? asOf : invoice.invoiceDate();
    }

    /** @return other invoices of the period, any client, in the order given; unmodifiable */
    public List<Invoice> otherInvoices() {
        return otherInvoices;
    }

    /** @return actual costs of expense lines, in the order given; unmodifiable */
    public List<ExpenseCost> expenseCosts() {
        return expenseCosts;
    }

    /** @return the contingency-fee schedules caps are checked against ({@link ContingencySchedules#builtIn()}) */
    public ContingencySchedules contingencySchedules() {
        return contingencySchedules;
    }

    /** @return the trust journal, when given */
    public Optional<TrustJournal> trustJournalIfAny() {
        return Optional.ofNullable(trustJournal);
    }

    /** @return the latest three-way reconciliation of the trust account, when given */
    public Optional<ReconciliationReport> trustReconciliationIfAny() {
        return Optional.ofNullable(trustReconciliation);
    }

    /** @return the trust-accounting profile in force: the one given, else the journal's; empty without trust records */
    public Optional<TrustAccountingProfile> trustProfileIfAny() {
        return Optional.ofNullable(trustProfile);
    }

    /** @return true when a trust journal or a reconciliation is given */
    public boolean hasTrustRecords() {
        return trustJournal != null || trustReconciliation != null;
    }

    /**
     * @return the earned, undisputed fees by invoice that transfers from trust are judged against: it should list
     *     every invoice with transfers from the client's ledgers, because a transfer for an invoice it does not list
     *     counts as unearned; when it is empty (the default) transfers are not judged
     */
    public EarnedFees earnedFees() {
        return earnedFees;
    }

    /** @return the closing date of each closed matter's trust ledger; unmodifiable */
    public Map<LedgerId, LocalDate> closedMatters() {
        return closedMatters;
    }

    /** @return advance fees received, in the order given; unmodifiable */
    public List<AdvanceFeeReceipt> advanceFees() {
        return advanceFees;
    }

    /** @return collection steps, in the order given; unmodifiable */
    public List<CollectionAction> collectionActions() {
        return collectionActions;
    }

    /** @return the fee-arbitration notice duties ({@link FeeArbitrationRules#defaults()} unless replaced) */
    public FeeArbitrationRules feeArbitrationRules() {
        return feeArbitrationRules;
    }

    /** @return receivable states, in the order given; unmodifiable */
    public List<ReceivableState> receivables() {
        return receivables;
    }

    /** @return counts only: the records may concern clients the reader is not entitled to */
    @Override
    public String toString() {
        return "EthicsContext[" + (asOf == null ? "as of the invoice date" : "as of " + asOf) + ", "
                + otherInvoices.size() + " other invoices, " + expenseCosts.size() + " expense costs, "
                + (hasTrustRecords() ? "trust records, " : "") + advanceFees.size() + " advance fees, "
                + collectionActions.size() + " collection actions, " + receivables.size() + " receivables]";
    }

    /** Collects the parts of an {@link EthicsContext}; not thread-safe. */
    public static final class Builder {
        private LocalDate asOf;
        private final List<Invoice> otherInvoices = new ArrayList<>();
        private final List<ExpenseCost> expenseCosts = new ArrayList<>();
        private ContingencySchedules contingencySchedules = ContingencySchedules.builtIn();
        private TrustJournal trustJournal;
        private ReconciliationReport trustReconciliation;
        private TrustAccountingProfile trustProfile;
        private EarnedFees earnedFees = EarnedFees.none();
        private final Map<LedgerId, LocalDate> closedMatters = new LinkedHashMap<>();
        private final List<AdvanceFeeReceipt> advanceFees = new ArrayList<>();
        private final List<CollectionAction> collectionActions = new ArrayList<>();
        private FeeArbitrationRules feeArbitrationRules = FeeArbitrationRules.defaults();
        private final List<ReceivableState> receivables = new ArrayList<>();

        private Builder() {
        }

        /** @param value the day to judge trust, receivables and closing statements as of, or null for the invoice
         *     date @return this builder */
        public Builder asOf(LocalDate value) {
            this.asOf = value;
            return this;
        }

        /** @param values invoices of the same period, of any client; added to those given before @return this
         *     builder */
        public Builder otherInvoices(Collection<Invoice> values) {
            values.forEach(v -> otherInvoices.add(Objects.requireNonNull(v, "invoice")));
            return this;
        }

        /** @param values actual costs of expense lines; added to those given before @return this builder */
        public Builder expenseCosts(Collection<ExpenseCost> values) {
            values.forEach(v -> expenseCosts.add(Objects.requireNonNull(v, "expenseCost")));
            return this;
        }

        /** @param value one actual expense cost @return this builder */
        public Builder expenseCost(ExpenseCost value) {
            expenseCosts.add(Objects.requireNonNull(value, "expenseCost"));
            return this;
        }

        /** @param value the schedule catalogue, e.g. the built-ins with corrections @return this builder */
        public Builder contingencySchedules(ContingencySchedules value) {
            this.contingencySchedules = Objects.requireNonNull(value, "contingencySchedules");
            return this;
        }

        /** @param value the trust account's journal, or null @return this builder */
        public Builder trustJournal(TrustJournal value) {
            this.trustJournal = value;
            return this;
        }

        /** @param value the latest three-way reconciliation of the same account, or null @return this builder */
        public Builder trustReconciliation(ReconciliationReport value) {
            this.trustReconciliation = value;
            return this;
        }

        /**
         * @param value the trust-accounting profile in force (bank-charge cushion, reconciliation frequency); needed
         *     when a reconciliation is given without a journal, otherwise the journal's profile is used
         * @return this builder
         */
        public Builder trustProfile(TrustAccountingProfile value) {
            this.trustProfile = value;
            return this;
        }

        /** @param value earned, undisputed fees by invoice, for judging transfers from trust @return this builder */
        public Builder earnedFees(EarnedFees value) {
            this.earnedFees = Objects.requireNonNull(value, "earnedFees");
            return this;
        }

        /**
         * @param ledger a client ledger whose matter is closed
         * @param closedOn the day it closed
         * @return this builder
         */
        public Builder closedMatter(LedgerId ledger, LocalDate closedOn) {
            closedMatters.put(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(closedOn, "closedOn"));
            return this;
        }

        /** @param values advance fees received; added to those given before @return this builder */
        public Builder advanceFees(Collection<AdvanceFeeReceipt> values) {
            values.forEach(v -> advanceFees.add(Objects.requireNonNull(v, "advanceFee")));
            return this;
        }

        /** @param values collection steps; added to those given before @return this builder */
        public Builder collectionActions(Collection<CollectionAction> values) {
            values.forEach(v -> collectionActions.add(Objects.requireNonNull(v, "collectionAction")));
            return this;
        }

        /** @param value the fee-arbitration notice table @return this builder */
        public Builder feeArbitrationRules(FeeArbitrationRules value) {
            this.feeArbitrationRules = Objects.requireNonNull(value, "feeArbitrationRules");
            return this;
        }

        /** @param values receivable states; added to those given before @return this builder */
        public Builder receivables(Collection<ReceivableState> values) {
            values.forEach(v -> receivables.add(Objects.requireNonNull(v, "receivable")));
            return this;
        }

        /**
         * @return the validated context
         * @throws InvalidValueException when the reconciliation is for another account than the journal, a
         *     reconciliation comes without a journal or trust profile, the profile is for another jurisdiction
         *     than the journal's account, two expense costs name the same line, or two advance fees share a
         *     reference
         * @throws CurrencyMismatchException when the profile's cushion is not in the trust account's currency
         */
        public EthicsContext build() {
            if (trustJournal != null && trustReconciliation != null
                    && !trustReconciliation.account().equals(trustJournal.account().id())) {
                throw new InvalidValueException("trustReconciliation", trustReconciliation.account(),
                        "is for another account than the trust journal (" + trustJournal.account().id() + ")");
            }
            if (trustReconciliation != null && trustJournal == null && trustProfile == null) {
                throw new InvalidValueException("trustProfile", null, "is required with a reconciliation but no "
                        + "journal: it gives the bank-charge cushion and the reconciliation frequency");
            }
            if (trustProfile != null && trustJournal != null
                    && !trustProfile.jurisdiction().equals(trustJournal.account().jurisdiction())) {
                throw new InvalidValueException("trustProfile", trustProfile.jurisdiction(), "is not for the "
                        + "jurisdiction of trust account " + trustJournal.account().id() + " ("
                        + trustJournal.account().jurisdiction() + ")");
            }
            Currency trustCurrency = trustJournal != null ? trustJournal.account().currency()
                    : trustReconciliation != null ? trustReconciliation.journalBalance().currency() : null;
            if (trustProfile != null && trustCurrency != null
                    && !trustProfile.bankChargeCushionMax().currency().equals(trustCurrency)) {
                throw new CurrencyMismatchException(trustCurrency, trustProfile.bankChargeCushionMax().currency());
            }
            Set<List<String>> lines = new HashSet<>();
            for (ExpenseCost c : expenseCosts) {
                if (!lines.add(List.of(c.invoice().value(), c.lineNumber()))) {
                    throw new InvalidValueException("expenseCost.lineNumber", c.lineNumber(),
                            "is given twice for invoice " + c.invoice());
                }
            }
            Set<String> references = new HashSet<>();
            for (AdvanceFeeReceipt r : advanceFees) {
                if (!references.add(r.reference())) {
                    throw new InvalidValueException("advanceFee.reference", r.reference(), "is used twice");
                }
            }
            return new EthicsContext(this);
        }
    }
}
