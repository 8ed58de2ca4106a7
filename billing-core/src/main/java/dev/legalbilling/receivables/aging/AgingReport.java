package dev.legalbilling.receivables.aging;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.internal.TextTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accounts receivable aging on one date, in one currency: every open invoice in its {@link AgingBucket band}, with
 * totals per client, per matter and for the firm.
 *
 * <p>Built from a ledger with {@link #of(ReceivablesLedger, LocalDate, Currency)} (or {@link #allCurrencies} for
 * one report per currency). An invoice is in the report when it was issued on or before the report date and its
 * balance on that date, counting only entries dated on or before it, is above zero; disputed invoices are included
 * and marked. Totals add up exactly: each {@link BucketTotals#total()} is the sum of its bands, the client totals and
 * the matter totals each sum to the firm totals, and the firm total is the open balance of all lines. Unapplied
 * client credit (from overpayments) is listed apart and not aged or netted.
 *
 * <p>Lines are ordered by client, matter, due date and invoice number; client and matter totals by id. The report
 * holds ids, never client names. Immutable and thread-safe.
 */
public final class AgingReport {
    private static final Comparator<AgingLine> ORDER = Comparator.comparing((AgingLine l) -> l.client().value())
            .thenComparing(l -> l.matter().value())
            .thenComparing(AgingLine::dueDate)
            .thenComparing(l -> l.invoice().value());

    private final LocalDate asOf;
    private final Currency currency;
    private final List<AgingLine> lines;
    private final Map<ClientId, BucketTotals> byClient;
    private final Map<MatterId, BucketTotals> byMatter;
    private final BucketTotals firm;
    private final Map<ClientId, Money> unappliedCredits;

    private AgingReport(LocalDate asOf, Currency currency, List<AgingLine> lines, Map<ClientId, Money> credits) {
        this.asOf = asOf;
        this.currency = currency;
        List<AgingLine> sorted = new ArrayList<>(lines);
        sorted.sort(ORDER);
        this.lines = List.copyOf(sorted);
        Map<ClientId, BucketTotals> clients = new LinkedHashMap<>();
        Map<MatterId, BucketTotals> matters = new TreeMap<>(Comparator.comparing(MatterId::value));
        BucketTotals total = BucketTotals.zero(currency);
        for (AgingLine l : this.lines) {
            clients.put(l.client(), clients.getOrDefault(l.client(), BucketTotals.zero(currency)).plus(l));
            matters.put(l.matter(), matters.getOrDefault(l.matter(), BucketTotals.zero(currency)).plus(l));
            total = total.plus(l);
        }
        this.byClient = Collections.unmodifiableMap(clients);
        this.byMatter = Collections.unmodifiableMap(new LinkedHashMap<>(matters));
        this.firm = total;
        this.unappliedCredits = Collections.unmodifiableMap(new LinkedHashMap<>(credits));
    }

    /**
     * @param ledger the receivables
     * @param asOf the report date
     * @param currency the currency to report
     * @return the aging of the ledger's open invoices in that currency on that date
     */
    public static AgingReport of(ReceivablesLedger ledger, LocalDate asOf, Currency currency) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        List<AgingLine> lines = new ArrayList<>();
        for (ReceivableState s : ledger.states(asOf)) {
            if (s.currency().equals(currency) && s.isOpen()) {
                lines.add(AgingLine.of(s));
            }
        }
        return new AgingReport(asOf, currency, lines, ledger.clientCredits(currency, asOf));
    }

    /**
     * @param ledger the receivables
     * @param asOf the report date
     * @return one report per currency the ledger holds, by ISO code; empty when the ledger is empty
     */
    public static List<AgingReport> allCurrencies(ReceivablesLedger ledger, LocalDate asOf) {
        List<AgingReport> out = new ArrayList<>();
        for (Currency c : ledger.currencies()) {
            out.add(of(ledger, asOf, c));
        }
        return List.copyOf(out);
    }

    /**
     * Builds a report from lines computed elsewhere (e.g. read back from a file).
     *
     * @param asOf the report date
     * @param currency the currency
     * @param lines open invoices in that currency
     * @param unappliedCredits client credit to list apart, by client
     * @return the report with its totals
     * @throws InvalidValueException when a line or credit is in another currency
     */
    public static AgingReport of(LocalDate asOf, Currency currency, List<AgingLine> lines,
            Map<ClientId, Money> unappliedCredits) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        for (AgingLine l : lines) {
            if (!l.balance().currency().equals(currency)) {
                throw new InvalidValueException("balance", l.balance(),
                        "must be in " + currency + " on " + l.invoice());
            }
        }
        Map<ClientId, Money> credits = new TreeMap<>(Comparator.comparing(ClientId::value));
        unappliedCredits.forEach((k, v) -> {
            if (!v.currency().equals(currency)) {
                throw new InvalidValueException("unappliedCredit", v, "must be in " + currency + " for " + k);
            }
            credits.put(k, v);
        });
        return new AgingReport(asOf, currency, lines, credits);
    }

    /** @return the report date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the currency of every amount */
    public Currency currency() {
        return currency;
    }

    /** @return the open invoices, by client, matter, due date and number; unmodifiable */
    public List<AgingLine> lines() {
        return lines;
    }

    /** @return totals per client, by client id; unmodifiable */
    public Map<ClientId, BucketTotals> byClient() {
        return byClient;
    }

    /** @return totals per matter, by matter id; unmodifiable */
    public Map<MatterId, BucketTotals> byMatter() {
        return byMatter;
    }

    /** @return totals for the firm */
    public BucketTotals firm() {
        return firm;
    }

    /** @return the exact sum of the open balances of all lines (equal to {@code firm().total()}) */
    public Money openBalance() {
        return Money.sum(lines.stream().map(AgingLine::balance).toList(), currency);
    }

    /** @return unapplied client credit on the report date, by client id; not aged; unmodifiable */
    public Map<ClientId, Money> unappliedCredits() {
        return unappliedCredits;
    }

    /**
     * Renders the report as a fixed-width text table: one row per open invoice with its balance in its band's column,
     * then client, matter and firm totals, then unapplied credit. Client ids only, no names.
     *
     * @return the text, lines ending in {@code \n}
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Accounts receivable aging as of ").append(asOf).append(" (")
                .append(currency.getCurrencyCode()).append(")\n");
        out.append("Days past due count from the due date; Current = not yet due or due on the report date.\n\n");
        if (lines.isEmpty()) {
            out.append("No open receivables.\n");
        } else {
            List<String> headers = new ArrayList<>(List.of("Client", "Matter", "Invoice", "Invoiced", "Due",
                    ">Days", "Status"));
            for (AgingBucket b : AgingBucket.values()) {
                headers.add(">" + b.label());
            }
            headers.add(">Balance");
            TextTable table = new TextTable(headers.toArray(String[]::new));
            for (AgingLine l : lines) {
                List<String> cells = new ArrayList<>(List.of(l.client().value(), l.matter().value(),
                        l.invoice().value(), l.invoiceDate().toString(), l.dueDate().toString(),
                        Long.toString(l.daysPastDue()), l.status().label()));
                for (AgingBucket b : AgingBucket.values()) {
                    cells.add(b == l.bucket() ? MoneyFormat.GROUPED.format(l.balance()) : "");
                }
                cells.add(MoneyFormat.GROUPED.format(l.balance()));
                table.row(cells.toArray(String[]::new));
            }
            table.rule().text("Totals by client");
            byClient.forEach((client, t) -> table.row(totalCells(client.value(), t)));
            table.rule().text("Totals by matter");
            byMatter.forEach((matter, t) -> table.row(totalCells(matter.value(), t)));
            table.rule();
            table.row(totalCells("Firm", firm));
            out.append(table.render());
        }
        if (!unappliedCredits.isEmpty()) {
            out.append("\nUnapplied client credit (not aged, not netted):\n");
            unappliedCredits.forEach((client, credit) -> out.append("  ").append(client.value()).append("  ")
                    .append(MoneyFormat.GROUPED.format(credit)).append('\n'));
        }
        return out.toString();
    }

    private static String[] totalCells(String label, BucketTotals t) {
        List<String> cells = new ArrayList<>(List.of(label, "", "", "", "", "",
                t.invoices() + (t.invoices() == 1 ? " invoice" : " invoices")));
        for (AgingBucket b : AgingBucket.values()) {
            cells.add(MoneyFormat.GROUPED.format(t.amount(b)));
        }
        cells.add(MoneyFormat.GROUPED.format(t.total()));
        return cells.toArray(String[]::new);
    }

    /** @return date, currency, line count and open balance; no client data */
    @Override
    public String toString() {
        return "AgingReport[" + asOf + ", " + currency.getCurrencyCode() + ", " + lines.size() + " open invoices, "
                + firm.total() + "]";
    }
}
