package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The firm's receivables: final invoices and the append-only ledger of entries against them and against clients'
 * unapplied credit. The entry point for accounts receivable work:
 *
 * <pre>{@code
 * ReceivablesLedger ledger = ReceivablesLedger.fromInvoices(finalInvoices, PaymentTerms.standard())
 *         .postAll(paymentsWriteOffsAndCredits);
 * ReceivableState inv1 = ledger.state(InvoiceNumber.of("2026-0101"), asOf); // balance, status, facts
 * AgingReport aging = AgingReport.of(ledger, asOf, currency);                // receivables.aging
 * ReminderRun run = ReminderSchedule.standard().run(ledger, log, asOf);      // receivables.reminder
 * }</pre>
 *
 * <p><b>Derived, never stored.</b> No balance or status field exists anywhere: every balance, status and client
 * credit is a sum over {@link LedgerEntry entries} ({@link ReceivableState}), taken as of any date.
 *
 * <p><b>Posting rules.</b> {@link #post(Posting)} turns a posting into entries or refuses it with
 * {@link PostingRejectedException}, leaving the ledger unchanged. A payment goes to the named invoice or oldest-first
 * (see {@link Payment}); any excess becomes client credit. Write-offs, credit notes and applied credit must not exceed
 * the invoice's balance, and refunds and applied credit must not exceed the client's credit, so no balance ever goes
 * below zero. Entries on one invoice (and on one client-credit account) are in date order: a posting dated before the
 * latest entry it would join is refused ({@link #postAll(Collection)} sorts by date first, so files need not be
 * sorted). Payment ids and credit note numbers are unique, so importing the same file twice fails instead of counting
 * money twice. A receivable's amount is fixed when added: corrections are credit notes.
 *
 * <p><b>Invariant.</b> For every currency: Σ invoiced + Σ interest = Σ balances + Σ payments applied + Σ credit applied
 * + Σ credit notes + Σ write-offs, and Σ money received = Σ payments applied + Σ credit applied + Σ unapplied credit
 * + Σ refunds.
 *
 * <p>Immutable and thread-safe: every posting returns a new ledger. Posting copies the ledger (linear in its size);
 * {@link #postAll(Collection)} copies once for the whole batch.
 */
public final class ReceivablesLedger {
    private static final ReceivablesLedger EMPTY = new ReceivablesLedger(new Work());
    private static final Comparator<Receivable> OLDEST_FIRST = Comparator.comparing(Receivable::dueDate)
            .thenComparing(Receivable::invoiceDate)
            .thenComparing(r -> r.invoice().value());

    private final Map<InvoiceNumber, Receivable> receivables;
    private final List<Receivable> receivableList;
    private final List<LedgerEntry> entries;
    private final Map<InvoiceNumber, List<LedgerEntry>> byInvoice;
    private final Map<CreditAccount, List<LedgerEntry>> byCredit;
    private final Set<String> references;

    private ReceivablesLedger(Work w) {
        this.receivables = Collections.unmodifiableMap(new LinkedHashMap<>(w.receivables));
        this.receivableList = List.copyOf(w.receivables.values());
        this.entries = List.copyOf(w.entries);
        Map<InvoiceNumber, List<LedgerEntry>> inv = new HashMap<>();
        w.byInvoice.forEach((k, v) -> inv.put(k, List.copyOf(v)));
        this.byInvoice = Collections.unmodifiableMap(inv);
        Map<CreditAccount, List<LedgerEntry>> cr = new HashMap<>();
        w.byCredit.forEach((k, v) -> cr.put(k, List.copyOf(v)));
        this.byCredit = Collections.unmodifiableMap(cr);
        this.references = Set.copyOf(w.references);
    }

    /** @return a ledger with no receivables */
    public static ReceivablesLedger empty() {
        return EMPTY;
    }

    /**
     * @param receivables receivables with distinct invoice numbers
     * @return a ledger holding them, each with its {@link EntryKind#INVOICED} entry
     * @throws InvalidValueException when an invoice number occurs twice
     */
    public static ReceivablesLedger of(Collection<Receivable> receivables) {
        return EMPTY.withReceivables(receivables);
    }

    /**
     * Convenience for callers that hold plain invoices (the CLI): every invoice gets the same payment terms and no
     * interest terms, jurisdiction or responsible partner. Use {@link Receivable#builder} for more.
     *
     * @param invoices final invoices with distinct numbers
     * @param terms payment terms for all of them
     * @return a ledger holding them
     * @throws dev.legalbilling.invoice.InvoiceStateException when an invoice is a draft
     * @throws InvalidValueException when an invoice number occurs twice or a total is negative
     */
    public static ReceivablesLedger fromInvoices(Collection<Invoice> invoices, PaymentTerms terms) {
        List<Receivable> list = new ArrayList<>(invoices.size());
        for (Invoice i : invoices) {
            list.add(Receivable.of(i, terms));
        }
        return of(list);
    }

    /**
     * @param receivable a receivable whose invoice number is not yet in the ledger
     * @return a new ledger with the receivable and its {@link EntryKind#INVOICED} entry dated on the invoice date
     * @throws InvalidValueException when the invoice number is already in the ledger
     */
    public ReceivablesLedger withReceivable(Receivable receivable) {
        return withReceivables(List.of(receivable));
    }

    /**
     * @param more receivables with distinct invoice numbers not yet in the ledger
     * @return a new ledger with them added in order
     * @throws InvalidValueException when an invoice number occurs twice
     */
    public ReceivablesLedger withReceivables(Collection<Receivable> more) {
        Work w = new Work(this);
        for (Receivable r : more) {
            w.add(r);
        }
        return new ReceivablesLedger(w);
    }

    /**
     * @param posting a payment, write-off, credit note, dispute, notice, interest charge, credit application or refund
     * @return a new ledger with the posting's entries appended
     * @throws PostingRejectedException when the posting does not fit the ledger (this ledger is unchanged)
     * @throws UnknownInvoiceException when the posting names an invoice not in the ledger
     */
    public ReceivablesLedger post(Posting posting) {
        Work w = new Work(this);
        w.post(Objects.requireNonNull(posting, "posting"));
        return new ReceivablesLedger(w);
    }

    /**
     * Posts a batch in date order (a stable sort: same-day postings keep their given order). All or nothing: when
     * one posting is refused, the exception is thrown and no posting of the batch is kept.
     *
     * @param postings the postings, in any date order
     * @return a new ledger with all of them posted
     * @throws PostingRejectedException when a posting does not fit
     * @throws UnknownInvoiceException when a posting names an unknown invoice
     */
    public ReceivablesLedger postAll(Collection<? extends Posting> postings) {
        List<Posting> sorted = new ArrayList<>(postings);
        sorted.sort(Posting.BY_DATE);
        Work w = new Work(this);
        for (Posting p : sorted) {
            w.post(Objects.requireNonNull(p, "posting"));
        }
        return new ReceivablesLedger(w);
    }

    /** @return every receivable, in the order added; unmodifiable */
    public List<Receivable> receivables() {
        return receivableList;
    }

    /**
     * @param invoice an invoice number
     * @return its receivable
     * @throws UnknownInvoiceException when the ledger does not hold it
     */
    public Receivable receivable(InvoiceNumber invoice) {
        Receivable r = receivables.get(Objects.requireNonNull(invoice, "invoice"));
        if (r == null) {
            throw new UnknownInvoiceException(invoice);
        }
        return r;
    }

    /**
     * @param invoice an invoice number
     * @return its receivable, when the ledger holds it
     */
    public Optional<Receivable> findReceivable(InvoiceNumber invoice) {
        return Optional.ofNullable(receivables.get(invoice));
    }

    /** @return every entry in posting order; unmodifiable */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * @param invoice an invoice number
     * @return the invoice's entries in posting order (dates non-decreasing); unmodifiable
     * @throws UnknownInvoiceException when the ledger does not hold it
     */
    public List<LedgerEntry> entries(InvoiceNumber invoice) {
        receivable(invoice);
        return byInvoice.get(invoice);
    }

    /**
     * @param invoice an invoice number
     * @param asOf the date to take the state on; not before the invoice date
     * @return balance, status and facts counting entries dated on or before {@code asOf}
     * @throws UnknownInvoiceException when the ledger does not hold the invoice
     * @throws InvalidValueException when {@code asOf} is before the invoice date
     */
    public ReceivableState state(InvoiceNumber invoice, LocalDate asOf) {
        Receivable r = receivable(invoice);
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(r.invoiceDate())) {
            throw new InvalidValueException("asOf", asOf,
                    "must not be before invoice date " + r.invoiceDate() + " of " + invoice);
        }
        return ReceivableState.derive(r, byInvoice.get(invoice), asOf);
    }

    /**
     * @param asOf the date
     * @return the state of every receivable invoiced on or before {@code asOf}, in the order added
     */
    public List<ReceivableState> states(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<ReceivableState> out = new ArrayList<>();
        for (Receivable r : receivableList) {
            if (!r.invoiceDate().isAfter(asOf)) {
                out.add(ReceivableState.derive(r, byInvoice.get(r.invoice()), asOf));
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param client a client
     * @param currency a currency
     * @param asOf the date
     * @return the client's unapplied credit in that currency from entries dated on or before {@code asOf}
     */
    public Money clientCredit(ClientId client, Currency currency, LocalDate asOf) {
        Money sum = Money.zero(currency);
        for (LedgerEntry e : byCredit.getOrDefault(new CreditAccount(client, currency), List.of())) {
            if (!e.date().isAfter(asOf)) {
                sum = sum.plus(e.creditEffect());
            }
        }
        return sum;
    }

    /**
     * @param currency a currency
     * @param asOf the date
     * @return every client with unapplied credit in that currency, by client id; unmodifiable
     */
    public Map<ClientId, Money> clientCredits(Currency currency, LocalDate asOf) {
        Map<ClientId, Money> out = new TreeMap<>(Comparator.comparing(ClientId::value));
        for (CreditAccount a : byCredit.keySet()) {
            if (a.currency().equals(currency)) {
                Money credit = clientCredit(a.client(), currency, asOf);
                if (credit.isPositive()) {
                    out.put(a.client(), credit);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param client a client
     * @param currency a currency
     * @return the client-credit entries (overpayments, applied credit, refunds) in posting order
     */
    public List<LedgerEntry> creditEntries(ClientId client, Currency currency) {
        return byCredit.getOrDefault(new CreditAccount(client, currency), List.of());
    }

    /** @return every currency receivables or client credit are held in, sorted by ISO code */
    public List<Currency> currencies() {
        Set<Currency> set = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        receivableList.forEach(r -> set.add(r.currency()));
        byCredit.keySet().forEach(a -> set.add(a.currency()));
        return List.copyOf(set);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivablesLedger l && receivableList.equals(l.receivableList) && entries.equals(l.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(receivableList, entries);
    }

    /** @return counts only: no client data */
    @Override
    public String toString() {
        return "ReceivablesLedger[" + receivableList.size() + " receivables, " + entries.size() + " entries]";
    }

    private record CreditAccount(ClientId client, Currency currency) {
    }

    /** Mutable working copy used while posting; discarded when a posting is refused. */
    private static final class Work {
        private final LinkedHashMap<InvoiceNumber, Receivable> receivables = new LinkedHashMap<>();
        private final ArrayList<LedgerEntry> entries = new ArrayList<>();
        private final HashMap<InvoiceNumber, ArrayList<LedgerEntry>> byInvoice = new HashMap<>();
        private final HashMap<CreditAccount, ArrayList<LedgerEntry>> byCredit = new HashMap<>();
        private final HashSet<String> references = new HashSet<>();

        Work() {
        }

        Work(ReceivablesLedger l) {
            receivables.putAll(l.receivables);
            entries.addAll(l.entries);
            l.byInvoice.forEach((k, v) -> byInvoice.put(k, new ArrayList<>(v)));
            l.byCredit.forEach((k, v) -> byCredit.put(k, new ArrayList<>(v)));
            references.addAll(l.references);
        }

        void add(Receivable r) {
            Objects.requireNonNull(r, "receivable");
            if (receivables.containsKey(r.invoice())) {
                throw new InvalidValueException("invoice", r.invoice(), "is already in the receivables ledger");
            }
            receivables.put(r.invoice(), r);
            byInvoice.put(r.invoice(), new ArrayList<>());
            append(r.invoiceDate(), EntryKind.INVOICED, r.client(), r.invoice(), r.amount(), "", null);
        }

        void post(Posting p) {
            if (p instanceof Payment x) {
                payment(x);
            } else if (p instanceof WriteOff x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), x.amount());
                requireWithinBalance(p, r, x.amount());
                append(x.date(), EntryKind.WRITE_OFF, r.client(), r.invoice(), x.amount(), "", x.reason());
            } else if (p instanceof CreditNote x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), x.amount());
                requireWithinBalance(p, r, x.amount());
                requireNewReference(p, "credit note", x.number().value());
                append(x.date(), EntryKind.CREDIT_NOTE, r.client(), r.invoice(), x.amount(), x.number().value(),
                        x.reason());
            } else if (p instanceof DisputeRaised x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), x.amountInDispute());
                if (isDisputed(r.invoice())) {
                    throw new PostingRejectedException(p, "invoice " + r.invoice() + " is already disputed");
                }
                requireWithinBalance(p, r, x.amountInDispute());
                append(x.date(), EntryKind.DISPUTE_RAISED, r.client(), r.invoice(), x.amountInDispute(), "", null);
            } else if (p instanceof DisputeResolved x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), null);
                if (!isDisputed(r.invoice())) {
                    throw new PostingRejectedException(p, "invoice " + r.invoice() + " is not disputed");
                }
                append(x.date(), EntryKind.DISPUTE_RESOLVED, r.client(), r.invoice(), Money.zero(r.currency()), "",
                        null);
            } else if (p instanceof ArbitrationNoticeServed x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), null);
                append(x.date(), EntryKind.ARBITRATION_NOTICE_SERVED, r.client(), r.invoice(),
                        Money.zero(r.currency()), "", null);
            } else if (p instanceof InterestCharge x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), x.amount());
                append(x.date(), EntryKind.INTEREST_CHARGED, r.client(), r.invoice(), x.amount(), "", null);
            } else if (p instanceof CreditApplication x) {
                Receivable r = onInvoice(p, x.invoice(), x.date(), x.amount());
                requireWithinBalance(p, r, x.amount());
                CreditAccount account = new CreditAccount(r.client(), r.currency());
                requireCredit(p, account, x.date(), x.amount());
                append(x.date(), EntryKind.CREDIT_APPLIED, r.client(), r.invoice(), x.amount(), "", null);
            } else if (p instanceof CreditRefund x) {
                CreditAccount account = new CreditAccount(x.client(), x.amount().currency());
                requireCredit(p, account, x.date(), x.amount());
                requireNewReference(p, "payment id", x.id().value());
                append(x.date(), EntryKind.CREDIT_REFUNDED, x.client(), null, x.amount(), x.id().value(), null);
            } else {
                throw new IllegalArgumentException("unsupported posting " + p);
            }
        }

        private void payment(Payment p) {
            requireNewReference(p, "payment id", p.id().value());
            Money remaining = p.amount();
            if (p.appliedTo() != null) {
                Receivable r = onInvoice(p, p.appliedTo(), p.date(), p.amount());
                if (!r.client().equals(p.client())) {
                    throw new PostingRejectedException(p,
                            "invoice " + r.invoice() + " belongs to client " + r.client() + ", not " + p.client());
                }
                Money applied = remaining.min(balance(r.invoice()));
                if (applied.isPositive()) {
                    append(p.date(), EntryKind.PAYMENT, r.client(), r.invoice(), applied, p.id().value(), null);
                    remaining = remaining.minus(applied);
                }
            } else {
                List<Receivable> candidates = new ArrayList<>();
                for (Receivable r : receivables.values()) {
                    if (r.client().equals(p.client()) && r.currency().equals(p.amount().currency())
                            && !r.invoiceDate().isAfter(p.date()) && balance(r.invoice()).isPositive()
                            && !isDisputed(r.invoice())) {
                        candidates.add(r);
                    }
                }
                candidates.sort(OLDEST_FIRST);
                for (Receivable r : candidates) {
                    if (!remaining.isPositive()) {
                        break;
                    }
                    requireInvoiceDateOrder(p, r, p.date());
                    Money applied = remaining.min(balance(r.invoice()));
                    append(p.date(), EntryKind.PAYMENT, r.client(), r.invoice(), applied, p.id().value(), null);
                    remaining = remaining.minus(applied);
                }
            }
            if (remaining.isPositive()) {
                CreditAccount account = new CreditAccount(p.client(), remaining.currency());
                requireCreditDateOrder(p, account, p.date());
                append(p.date(), EntryKind.OVERPAYMENT, p.client(), null, remaining, p.id().value(), null);
            }
        }

        private Receivable onInvoice(Posting p, InvoiceNumber invoice, LocalDate date, Money amount) {
            Receivable r = receivables.get(invoice);
            if (r == null) {
                throw new UnknownInvoiceException(invoice);
            }
            if (amount != null && !amount.currency().equals(r.currency())) {
                throw new PostingRejectedException(p, "amount is in " + amount.currency().getCurrencyCode()
                        + " but invoice " + invoice + " is in " + r.currency().getCurrencyCode());
            }
            requireInvoiceDateOrder(p, r, date);
            return r;
        }

        private void requireInvoiceDateOrder(Posting p, Receivable r, LocalDate date) {
            if (date.isBefore(r.invoiceDate())) {
                throw new PostingRejectedException(p,
                        "it is dated before invoice " + r.invoice() + " was issued on " + r.invoiceDate());
            }
            List<LedgerEntry> list = byInvoice.get(r.invoice());
            LocalDate latest = list.get(list.size() - 1).date();
            if (date.isBefore(latest)) {
                throw new PostingRejectedException(p, "invoice " + r.invoice() + " already has an entry dated "
                        + latest + "; post entries in date order or post a correcting entry");
            }
        }

        private void requireCreditDateOrder(Posting p, CreditAccount account, LocalDate date) {
            List<LedgerEntry> list = byCredit.getOrDefault(account, new ArrayList<>());
            if (!list.isEmpty() && date.isBefore(list.get(list.size() - 1).date())) {
                throw new PostingRejectedException(p, "the credit account of client " + account.client()
                        + " already has an entry dated " + list.get(list.size() - 1).date());
            }
        }

        private void requireWithinBalance(Posting p, Receivable r, Money amount) {
            Money balance = balance(r.invoice());
            if (amount.isGreaterThan(balance)) {
                throw new PostingRejectedException(p,
                        "it exceeds the balance " + balance + " of invoice " + r.invoice());
            }
        }

        private void requireCredit(Posting p, CreditAccount account, LocalDate date, Money amount) {
            requireCreditDateOrder(p, account, date);
            Money credit = Money.zero(account.currency());
            for (LedgerEntry e : byCredit.getOrDefault(account, new ArrayList<>())) {
                credit = credit.plus(e.creditEffect());
            }
            if (amount.isGreaterThan(credit)) {
                throw new PostingRejectedException(p,
                        "it exceeds the unapplied credit " + credit + " of client " + account.client());
            }
        }

        private void requireNewReference(Posting p, String kind, String value) {
            if (!references.add(kind + ":" + value)) {
                throw new PostingRejectedException(p, kind + " " + value + " was already posted");
            }
        }

        private Money balance(InvoiceNumber invoice) {
            Money sum = Money.zero(receivables.get(invoice).currency());
            for (LedgerEntry e : byInvoice.get(invoice)) {
                sum = sum.plus(e.invoiceEffect());
            }
            return sum;
        }

        private boolean isDisputed(InvoiceNumber invoice) {
            boolean disputed = false;
            for (LedgerEntry e : byInvoice.get(invoice)) {
                if (e.kind() == EntryKind.DISPUTE_RAISED) {
                    disputed = true;
                } else if (e.kind() == EntryKind.DISPUTE_RESOLVED) {
                    disputed = false;
                }
            }
            return disputed;
        }

        private void append(LocalDate date, EntryKind kind, ClientId client, InvoiceNumber invoice, Money amount,
                String reference, AdjustmentReason reason) {
            LedgerEntry e = new LedgerEntry(entries.size() + 1, date, kind, client, invoice, amount, reference,
                    reason);
            entries.add(e);
            if (invoice != null) {
                byInvoice.get(invoice).add(e);
            }
            if (kind.creditSign() != 0) {
                byCredit.computeIfAbsent(new CreditAccount(client, amount.currency()), k -> new ArrayList<>()).add(e);
            }
        }
    }
}
