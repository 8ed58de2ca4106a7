package dev.legalbilling.rules;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.receivables.CollectionRecords;
import dev.legalbilling.json.receivables.ReceivablesFiles;
import dev.legalbilling.json.trust.BankStatementFormatException;
import dev.legalbilling.json.trust.BankStatementReader;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.JournalFileException;
import dev.legalbilling.json.trust.TrustJournalFile;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.JournalSink;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustJournal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The firm's records the ethics pack checks, read from the files {@code billing check} takes: the trust journal
 * ({@code --trust-journal}, the JSON Lines file of {@link TrustJournalFile}), a bank statement of that account
 * ({@code --trust-statement}, read by {@link BankStatementReader}), and the receivables files
 * ({@code --receivables --payments}, read by {@link ReceivablesFiles}, with the payments file's records of collection
 * steps, advance fees, closed matters and expense costs). {@link #read()} turns them into the {@link EthicsContext}
 * a check takes, so an application that embeds the engine checks against the same records as the command line:
 *
 * <pre>{@code
 * EthicsContext ethics = EthicsRecords.builder()
 *         .trustJournal(Path.of("trust/iolta.journal.jsonl"))
 *         .bankStatement(Path.of("trust/statement-2026-03.json"))
 *         .receivables(Path.of("ar/invoices.json"), Path.of("ar/payments.json"))
 *         .asOf(LocalDate.of(2026, 3, 31))
 *         .build()
 *         .read();
 * ComplianceReport report = engine.check(CheckRequest.of(invoice, matter, profile).withEthics(ethics));
 * }</pre>
 *
 * <p>What the files give the rules: the journal, restored and verified line by line, the trust ledgers, transfers
 * and deposits ({@code ETH-TRUST-*}); the statement, the three-way reconciliation of the journal's account as of the
 * statement date ({@code ETH-TRUST-RECONCILIATION}); the receivables, each invoice's receivable state as of the
 * records' date ({@code ETH-INTEREST-WITHOUT-AGREEMENT}), collection steps ({@code ETH-COLLECTION-ON-TRUST},
 * {@code ETH-FEE-ARBITRATION-NOTICE}), advance fees received, closed matters ({@code ETH-TRUST-STALE-BALANCE}) and
 * the actual cost of billed expenses ({@code ETH-EXPENSE-MARKUP}). The trust-accounting profile is
 * {@link TrustAccountingProfile#configurableDefaults} of the account's jurisdiction and currency unless
 * {@link Builder#trustProfile} gives another.
 *
 * <p>Immutable and thread-safe; every {@link #read()} reads the files again.
 */
public final class EthicsRecords {
    private final Path trustJournal;
    private final Path bankStatement;
    private final TrustAccountingProfile trustProfile;
    private final Path receivables;
    private final Path payments;
    private final LocalDate asOf;
    private final List<Invoice> otherInvoices;
    private final Clock clock;

    private EthicsRecords(Builder b) {
        this.trustJournal = b.trustJournal;
        this.bankStatement = b.bankStatement;
        this.trustProfile = b.trustProfile;
        this.receivables = b.receivables;
        this.payments = b.payments;
        this.asOf = b.asOf;
        this.otherInvoices = List.copyOf(b.otherInvoices);
        this.clock = b.clock;
    }

    /** @return a builder with no file, no date and the system clock (UTC) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return true when no file, date or other invoice is given: such records add nothing to a check, which may then
     *     run without an {@link EthicsContext}
     */
    public boolean isEmpty() {
        return trustJournal == null && receivables == null && asOf == null && otherInvoices.isEmpty();
    }

    /**
     * Reads the files into a new context.
     *
     * @return the context: the records' date, the other invoices and what the files hold
     * @throws JsonInputException naming the file when a file is missing, not a regular file, or a receivables record
     *     is invalid
     * @throws JournalFileException naming the file and line when the journal is malformed, was altered, or ends in
     *     a torn line from an interrupted write (repair it first: {@link TrustJournalFile#repairTornTail(Path)})
     * @throws BankStatementFormatException naming the field when the statement is malformed, or of another account
     *     or currency than the journal
     * @throws InvalidValueException when the profile given is for another jurisdiction than the journal's account,
     *     or the records contradict each other ({@link EthicsContext.Builder#build()})
     */
    public EthicsContext read() {
        return readInto(EthicsContext.builder()).build();
    }

    /**
     * Reads the files into a context being built, for an application that adds more (earned fees, schedules).
     *
     * @param ethics the builder to add to; not null
     * @return the same builder
     * @throws JsonInputException as {@link #read()} does
     * @throws JournalFileException as {@link #read()} does
     * @throws BankStatementFormatException as {@link #read()} does
     */
    public EthicsContext.Builder readInto(EthicsContext.Builder ethics) {
        Objects.requireNonNull(ethics, "ethics");
        ethics.otherInvoices(otherInvoices);
        if (asOf != null) {
            ethics.asOf(asOf);
        }
        if (receivables != null) {
            addReceivables(ethics);
        }
        if (trustJournal != null) {
            addTrust(ethics);
        }
        return ethics;
    }

    private void addTrust(EthicsContext.Builder ethics) {
        requireFile(trustJournal);
        JournalFileContents contents = TrustJournalFile.read(trustJournal);
        contents.tornTailIfAny().ifPresent(torn -> {
            throw new JournalFileException(JournalFileException.Problem.TORN_LAST_LINE, trustJournal, torn.line(),
                    "ends in " + torn.length() + " torn bytes from an interrupted write; repair it ('billing trust"
                            + " repair --journal " + trustJournal + "', or TrustJournalFile.repairTornTail) before"
                            + " checking invoices against it", null);
        });
        TrustAccount account = contents.account();
        TrustAccountingProfile profile = trustProfile != null ? trustProfile
                : TrustAccountingProfile.configurableDefaults(account.jurisdiction(), account.currency());
        ethics.trustProfile(profile).trustJournal(TrustJournal.restore(account, profile, contents.entries(), clock,
                JournalSink.NONE));
        if (bankStatement != null) {
            requireFile(bankStatement);
            BankStatement bank;
            try {
                bank = BankStatementReader.read(bankStatement, account);
            } catch (UncheckedIOException e) {
                throw new JsonInputException(bankStatement.toString(), "", 0, 0, "cannot be read: "
                        + e.getCause().getMessage());
            }
            ethics.trustReconciliation(ThreeWayReconciliation.reconcile(account, profile, contents.entries(), bank));
        }
    }

    private void addReceivables(EthicsContext.Builder ethics) {
        ReceivablesLedger ledger = ReceivablesFiles.readLedger(receivables, payments);
        CollectionRecords records = ReceivablesFiles.readCollectionRecords(payments);
        ethics.receivables(ledger.states(asOf != null ? asOf : LocalDate.now(clock)));
        List<CollectionAction> actions = new ArrayList<>();
        for (CollectionRecords.CollectionActionRecord r : records.collectionActions()) {
            actions.add(action(ledger, r));
        }
        ethics.collectionActions(actions);
        List<AdvanceFeeReceipt> fees = new ArrayList<>();
        for (CollectionRecords.AdvanceFeeRecord r : records.advanceFees()) {
            fees.add(new AdvanceFeeReceipt(r.id(), r.client(), r.matter(), r.date(), r.amount(), r.flatFee()));
        }
        ethics.advanceFees(fees);
        for (CollectionRecords.MatterClosedRecord r : records.mattersClosed()) {
            ethics.closedMatter(LedgerId.client(r.client(), r.matter()), r.date());
        }
        List<ExpenseCost> costs = new ArrayList<>();
        for (CollectionRecords.ExpenseCostRecord r : records.expenseCosts()) {
            costs.add(new ExpenseCost(r.invoice(), r.line(), r.actualCost(), r.markupDisclosed()));
        }
        ethics.expenseCosts(costs);
    }

    private CollectionAction action(ReceivablesLedger ledger, CollectionRecords.CollectionActionRecord r) {
        try {
            if (r.invoices().isEmpty()) {
                Money zero = Money.zero(r.amountClaimed().currency());
                return new CollectionAction(r.action(), r.date(), r.client(), null, Set.of(), null,
                        MatterType.GENERAL, r.amountClaimed(), zero, zero, null, r.source());
            }
            CollectionAction action = CollectionAction.forInvoices(ledger, r.action(), r.date(), r.invoices(),
                    r.source());
            return r.amountClaimed() == null ? action : action.withAmountClaimed(r.amountClaimed());
        } catch (BillingException e) {
            throw new JsonInputException(payments.toString(), "", 0, 0, "collection-action " + r.action() + " of "
                    + r.date() + " on " + r.invoices() + ": " + e.getMessage());
        }
    }

    private static void requireFile(Path path) {
        if (!Files.exists(path)) {
            throw new JsonInputException(path.toString(), "", 0, 0, "file not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new JsonInputException(path.toString(), "", 0, 0, "is not a regular file");
        }
    }

    /** Names the files and the date; not thread-safe. */
    public static final class Builder {
        private Path trustJournal;
        private Path bankStatement;
        private TrustAccountingProfile trustProfile;
        private Path receivables;
        private Path payments;
        private LocalDate asOf;
        private final List<Invoice> otherInvoices = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @param value the trust journal file, or null for none @return this builder */
        public Builder trustJournal(Path value) {
            this.trustJournal = value;
            return this;
        }

        /**
         * @param value a bank statement of the journal's account, whose three-way reconciliation the rules check,
         *     or null for none; needs a trust journal
         * @return this builder
         */
        public Builder bankStatement(Path value) {
            this.bankStatement = value;
            return this;
        }

        /**
         * @param value the trust-accounting profile in force (bank-charge cushion, reconciliation frequency), or null
         *     for the configurable defaults of the journal account's jurisdiction and currency
         * @return this builder
         */
        public Builder trustProfile(TrustAccountingProfile value) {
            this.trustProfile = value;
            return this;
        }

        /**
         * @param invoices the firm's invoices file (as {@code billing ar} reads it); not null
         * @param paymentsFile the payments file posted to them, with the records of collection work; not null
         * @return this builder
         */
        public Builder receivables(Path invoices, Path paymentsFile) {
            this.receivables = Objects.requireNonNull(invoices, "invoices");
            this.payments = Objects.requireNonNull(paymentsFile, "payments");
            return this;
        }

        /**
         * @param value the day trust records and receivables are judged as of, or null: trust records then as of
         *     each invoice's date, receivable states as of today
         * @return this builder
         */
        public Builder asOf(LocalDate value) {
            this.asOf = value;
            return this;
        }

        /**
         * @param values the other invoices of the period, of any client, for the checks across invoices; added to
         *     those given before
         * @return this builder
         */
        public Builder otherInvoices(Collection<Invoice> values) {
            values.forEach(v -> otherInvoices.add(Objects.requireNonNull(v, "invoice")));
            return this;
        }

        /**
         * @param value the clock "today" is read from (receivable states without a date) and the restored journal
         *     runs on; not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @return the records, not yet read
         * @throws InvalidValueException when a bank statement is given without a trust journal
         */
        public EthicsRecords build() {
            if (bankStatement != null && trustJournal == null) {
                throw new InvalidValueException("bankStatement", bankStatement, "needs a trust journal (the"
                        + " reconciliation compares the two)");
            }
            return new EthicsRecords(this);
        }
    }
}
