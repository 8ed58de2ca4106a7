package dev.legalbilling.ledes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.utbms.UtbmsCode;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading what the writer wrote gives back the same invoice; writing what was read gives the same file. */
class LedesRoundTripProperties {
    private static final String ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-./";
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-\u00e9\u00fc\u00f1\u00d3";
    private static final String TEXT_CHARS = NAME_CHARS + "0123456789 .,;:()/&%#@!?[]\"+=*_\u2019\u20ac\u4e2d";
    private static final List<String> TASKS = UtbmsCodeSet.LITIGATION.codes().stream()
            .filter(c -> c.kind() == UtbmsCode.Kind.TASK).map(UtbmsCode::code).toList();
    private static final List<String> ACTIVITIES = UtbmsCodeSet.activities().stream().map(UtbmsCode::code).toList();
    private static final List<String> EXPENSES = UtbmsCodeSet.expenses().stream().map(UtbmsCode::code).toList();
    private static final LedesReader READER = LedesReader.create();

    record Numbers(LineType type, int day, BigDecimal units, BigDecimal cost, long adjustmentMinor) {
    }

    record Texts(Timekeeper timekeeper, String task, String activity, String expense, String narrative) {
    }

    record LineSeed(Numbers numbers, Texts texts, BigDecimal taxRate) {
    }

    record InvoiceSeed(String number, String client, String matter, String clientMatter, String firm,
            String description) {
    }

    record Period(int startDay, int length, int delay) {
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.strings().withChars(ID_CHARS).ofMinLength(1).ofMaxLength(20);
    }

    /** Text that survives a round trip: no pipes or control characters, no blanks at the ends, not only blanks. */
    private static Arbitrary<String> texts(int max) {
        return Arbitraries.strings().withChars(TEXT_CHARS).ofMaxLength(max).map(String::strip);
    }

    private static Arbitrary<Timekeeper> timekeepers() {
        Arbitrary<String> last = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> first = Arbitraries.strings().withChars(NAME_CHARS).ofMaxLength(12);
        return Combinators.combine(ids(), last, first, Arbitraries.of(TimekeeperClassification.values()))
                .as((id, l, f, c) -> Timekeeper.of(id, l, f, c, null));
    }

    private static Arbitrary<BigDecimal> decimals(int max) {
        return Arbitraries.integers().between(0, 4).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(scale));
    }

    private static Arbitrary<LineSeed> lineSeeds() {
        Arbitrary<Numbers> numbers = Combinators.combine(Arbitraries.of(LineType.values()),
                Arbitraries.integers().between(0, 1000), decimals(100), decimals(5000),
                Arbitraries.longs().between(-100_000, 100_000)).as(Numbers::new);
        Arbitrary<Texts> texts = Combinators.combine(timekeepers().injectNull(0.3), Arbitraries.of(TASKS).injectNull(0.3),
                Arbitraries.of(ACTIVITIES).injectNull(0.3), Arbitraries.of(EXPENSES).injectNull(0.3), texts(60))
                .as(Texts::new);
        Arbitrary<BigDecimal> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.25"))
                .ofScale(2).injectNull(0.3);
        return Combinators.combine(numbers, texts, rates).as(LineSeed::new);
    }

    private static Arbitrary<InvoiceSeed> invoiceSeeds() {
        return Combinators.combine(ids(), ids(), ids(), ids().injectNull(0.3), ids(), texts(40))
                .as(InvoiceSeed::new);
    }

    private static Arbitrary<Period> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 12_000), Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(0, 45)).as(Period::new);
    }

    private static InvoiceLine line(String number, LineSeed seed, Currency currency, LocalDate start, int length) {
        Numbers n = seed.numbers();
        Texts t = seed.texts();
        LocalDate date = start.plusDays(n.day() % (length + 1));
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        Money adjustment = Money.of(BigDecimal.valueOf(n.adjustmentMinor(), scale), currency);
        InvoiceLine.Builder b = InvoiceLine.builder(number, n.type(), date).narrative(t.narrative())
                .adjustment(adjustment);
        switch (n.type()) {
            case FEE -> b.timekeeper(t.timekeeper()).units(n.units()).unitCost(UnitPrice.of(n.cost(), currency))
                    .codes(t.task(), t.activity());
            case EXPENSE -> b.units(n.units()).unitCost(UnitPrice.of(n.cost(), currency)).expenseCode(t.expense());
            default -> b.units(n.units().setScale(0, RoundingMode.DOWN));
        }
        return b.price(RoundingMode.HALF_UP);
    }

    private static Invoice invoice(InvoiceSeed s, Period p, Currency currency, List<InvoiceLine> lines) {
        LocalDate start = LocalDate.of(1995, 1, 1).plusDays(p.startDay());
        return Invoice.builder(InvoiceNumber.of(s.number()), ClientId.of(s.client()), MatterId.of(s.matter()))
                .clientMatterId(s.clientMatter()).lawFirmId(s.firm()).invoiceDate(start.plusDays(p.length() + p.delay()))
                .period(start, start.plusDays(p.length())).description(s.description()).currency(currency)
                .lines(lines).buildFinal();
    }

    private static Arbitrary<Invoice> invoices(Arbitrary<Currency> currencies) {
        return Combinators.combine(invoiceSeeds(), periods(), currencies, lineSeeds().list().ofMinSize(1).ofMaxSize(8))
                .as((s, p, c, seeds) -> {
                    LocalDate start = LocalDate.of(1995, 1, 1).plusDays(p.startDay());
                    List<InvoiceLine> lines = new ArrayList<>();
                    for (int i = 0; i < seeds.size(); i++) {
                        lines.add(line(String.valueOf(i + 1), seeds.get(i), c, start, p.length()));
                    }
                    return invoice(s, p, c, lines);
                });
    }

    @Provide
    Arbitrary<Invoice> usdInvoices() {
        return invoices(Arbitraries.just(Currency.getInstance("USD")));
    }

    @Provide
    Arbitrary<LedesInvoice> taxedInvoices() {
        Arbitrary<Currency> currencies = Arbitraries.of("USD", "EUR", "GBP", "JPY", "CHF").map(Currency::getInstance);
        Arbitrary<LedesInvoiceHeader.Party> parties = Combinators.combine(texts(20), texts(20), texts(20), texts(12),
                texts(12), texts(8), Arbitraries.of("", "GB", "USA", "DE", "FRA", "JP"))
                .as(LedesInvoiceHeader.Party::new);
        Arbitrary<LedesInvoiceHeader> headers = Combinators.combine(texts(12), texts(12), texts(30), parties, parties,
                Arbitraries.of("O", "T", ""), Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                        BigDecimal.valueOf(99999)).ofScale(0).injectNull(0.5),
                currencies.injectNull(0.5))
                .as((po, tax, matterName, firm, client, account, reported, taxCurrency) -> LedesInvoiceHeader.builder()
                        .poNumber(po).clientTaxId(tax).matterName(matterName).lawFirm(firm).client(client)
                        .accountType(account).reportedTax(reported, taxCurrency).build());
        return Combinators.combine(invoiceSeeds(), periods(), currencies, lineSeeds().list().ofMinSize(1).ofMaxSize(8),
                headers, Arbitraries.of(true, false)).as((s, p, c, seeds, header, stateTotal) -> {
                    LocalDate start = LocalDate.of(1995, 1, 1).plusDays(p.startDay());
                    List<InvoiceLine> lines = new ArrayList<>();
                    List<LedesLineDetails> details = new ArrayList<>();
                    BigDecimal taxSum = BigDecimal.ZERO.setScale(Math.max(c.getDefaultFractionDigits(), 0));
                    for (int i = 0; i < seeds.size(); i++) {
                        String number = String.valueOf(i + 1);
                        InvoiceLine base = line(number, seeds.get(i), c, start, p.length());
                        BigDecimal rate = seeds.get(i).taxRate();
                        Money tax = rate == null ? Money.zero(c) : base.total().multiply(rate, RoundingMode.HALF_UP);
                        lines.add(withTotal(base, base.total().plus(tax)));
                        details.add(LedesLineDetails.none(number).withTax(rate, rate == null ? null : tax.amount(),
                                rate == null ? "" : "VAT"));
                        taxSum = taxSum.add(tax.amount());
                    }
                    Invoice invoice = invoice(s, p, c, lines);
                    LedesInvoiceHeader h = header.toBuilder().statedTotal(stateTotal ? invoice.total() : null)
                            .tax(taxSum, invoice.total().amount().subtract(taxSum)).build();
                    return LedesInvoice.of(invoice, h, details);
                });
    }

    private static InvoiceLine withTotal(InvoiceLine l, Money total) {
        return new InvoiceLine(l.lineNumber(), l.type(), l.date(), l.timekeeper(), l.units(), l.unitCost(),
                l.adjustment(), total, l.taskCode(), l.activityCode(), l.expenseCode(), l.narrative(),
                l.nonWorkingTravel(), l.receipt(), l.actualTime(), l.rateBasis(), l.sourceLine());
    }

    private static Invoice withoutSourceLines(Invoice invoice) {
        return Invoice.builder(invoice.number(), invoice.client(), invoice.matter())
                .clientMatterId(invoice.clientMatterId().orElse(null)).lawFirmId(invoice.lawFirmId())
                .invoiceDate(invoice.invoiceDate()).period(invoice.periodStart(), invoice.periodEnd())
                .description(invoice.description()).currency(invoice.currency())
                .lines(invoice.lines().stream().map(l -> new InvoiceLine(l.lineNumber(), l.type(), l.date(),
                        l.timekeeper(), l.units(), l.unitCost(), l.adjustment(), l.total(), l.taskCode(),
                        l.activityCode(), l.expenseCode(), l.narrative(), l.nonWorkingTravel(), l.receipt(),
                        l.actualTime(), l.rateBasis(), 0)).toList())
                .buildFinal();
    }

    private static LedesReadResult readOne(String text) {
        LedesFileResult result = READER.readAll(text, "roundtrip.txt");
        assertThat(result.fileIssues()).isEmpty();
        assertThat(result.invoices()).hasSize(1);
        LedesReadResult r = result.invoices().get(0);
        assertThat(r.errors()).isEmpty();
        return r;
    }

    @Property
    void reading1998bThatWasWrittenGivesTheSameInvoice(@ForAll("usdInvoices") Invoice invoice,
            @ForAll LedesWriter.LineEnding ending) {
        String text = LedesWriter.builder().lineEnding(ending).build().toText(invoice);

        LedesReadResult r = readOne(text);

        Invoice back = r.invoice().orElseThrow().invoice();
        assertThat(back.lines()).extracting(InvoiceLine::sourceLine)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(3, invoice.lines().size() + 2)
                        .boxed().toList());
        assertThat(withoutSourceLines(back)).isEqualTo(invoice);
        assertThat(r.invoice().orElseThrow().header().statedTotal()).isEqualTo(invoice.total());
    }

    @Property
    void reading98biThatWasWrittenGivesTheSameInvoiceHeaderAndTaxes(@ForAll("taxedInvoices") LedesInvoice original) {
        String text = LedesWriter.of(LedesFormat.BI_V2).toText(List.of(original));

        LedesInvoice back = readOne(text).invoice().orElseThrow();

        assertThat(withoutSourceLines(back.invoice())).isEqualTo(original.invoice());
        LedesInvoiceHeader expected = original.header().toBuilder().statedTotal(original.invoice().total()).build();
        assertThat(back.header()).isEqualTo(expected);
        for (int i = 0; i < original.lineDetails().size(); i++) {
            LedesLineDetails want = original.lineDetails().get(i);
            LedesLineDetails got = back.lineDetails().get(i);
            assertThat(got.taxRate()).isEqualTo(want.taxRate());
            assertThat(got.taxTotal()).isEqualTo(want.taxTotal() != null ? want.taxTotal()
                    : Money.zero(original.invoice().currency()).amount());
            assertThat(got.taxType()).isEqualTo(want.taxType());
        }
    }

    @Property
    void writingWhatWasReadGivesTheSameFile(@ForAll("taxedInvoices") LedesInvoice original,
            @ForAll LedesFormat format) {
        LedesWriter writer = LedesWriter.of(format);
        String text = writer.toText(List.of(original));

        LedesReader reader = LedesReader.builder().defaultCurrency(original.invoice().currency()).build();

        String again = writer.toText(reader.readAll(text, "again.txt").builtInvoices());

        assertThat(again).isEqualTo(text);
    }
}
