package dev.legalbilling.receivables;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random receivables and random postings for property tests: two clients, up to six USD invoices issued in the first
 * 60 days of 2026, and up to 30 postings of every kind in the first 150 days, many of which do not fit the ledger.
 */
public final class LedgerScenarios {
    /** The clients. */
    public static final List<ClientId> CLIENTS = List.of(Fixtures.CLIENT_A, Fixtures.CLIENT_B);

    private LedgerScenarios() {
    }

    /**
     * A generated scenario.
     *
     * @param receivables the invoices
     * @param postings the postings, sorted by date
     */
    public record Scenario(List<Receivable> receivables, List<Posting> postings) {
        @Override
        public String toString() {
            return receivables + "\n" + postings;
        }
    }

    /** @return random scenarios */
    public static Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Receivable>> receivables = receivable().list().ofMinSize(1).ofMaxSize(6)
                .map(LedgerScenarios::numbered);
        return receivables.flatMap(rs -> op().list().ofMaxSize(30).map(ops -> new Scenario(rs, postings(rs, ops))));
    }

    /** @return an amount between USD 0.01 and 6,000.00 */
    public static Arbitrary<Money> amount() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("6000.00")).ofScale(2)
                .map(a -> Money.of(a, "USD"));
    }

    private record Draft(int client, int day, int netDays, Money amount) {
    }

    private record Op(int kind, int invoice, int client, int day, Money amount) {
    }

    private static Arbitrary<Draft> receivable() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000.00")).ofScale(2)
                        .map(a -> Money.of(a, "USD")))
                .as(Draft::new);
    }

    private static Arbitrary<Op> op() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 150), amount())
                .as(Op::new);
    }

    private static List<Receivable> numbered(List<Draft> drafts) {
        List<Receivable> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            out.add(Fixtures.receivable("INV-" + i, CLIENTS.get(d.client()), Fixtures.JAN_1.plusDays(d.day()),
                    d.netDays(), d.amount()));
        }
        return out;
    }

    private static List<Posting> postings(List<Receivable> rs, List<Op> ops) {
        List<Posting> out = new ArrayList<>();
        int n = 0;
        for (Op op : ops) {
            n++;
            InvoiceNumber invoice = rs.get(op.invoice() % rs.size()).invoice();
            ClientId client = CLIENTS.get(op.client());
            LocalDate date = Fixtures.JAN_1.plusDays(op.day());
            Money amount = op.amount();
            out.add(switch (op.kind()) {
                case 0 -> Payment.toInvoice(PaymentId.of("P" + n), client, date, amount, invoice);
                case 1 -> Payment.oldestFirst(PaymentId.of("P" + n), client, date, amount);
                case 2 -> new WriteOff(invoice, date, amount, AdjustmentReason.values()[n % 7]);
                case 3 -> new CreditNote(CreditNoteNumber.of("CN" + n), invoice, date, amount,
                        AdjustmentReason.BILLING_ERROR);
                case 4 -> new DisputeRaised(invoice, date, amount);
                case 5 -> new DisputeResolved(invoice, date);
                case 6 -> new CreditApplication(invoice, date, amount);
                case 7 -> new CreditRefund(PaymentId.of("R" + n), client, date, amount);
                default -> new InterestCharge(invoice, date, amount);
            });
        }
        out.sort(Comparator.comparing(Posting::date));
        return out;
    }
}
