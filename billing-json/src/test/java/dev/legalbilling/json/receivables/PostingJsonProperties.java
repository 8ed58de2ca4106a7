package dev.legalbilling.json.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.AdjustmentReason;
import dev.legalbilling.receivables.ArbitrationNoticeServed;
import dev.legalbilling.receivables.CreditApplication;
import dev.legalbilling.receivables.CreditNote;
import dev.legalbilling.receivables.CreditNoteNumber;
import dev.legalbilling.receivables.CreditRefund;
import dev.legalbilling.receivables.DisputeRaised;
import dev.legalbilling.receivables.DisputeResolved;
import dev.legalbilling.receivables.InterestCharge;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.PaymentId;
import dev.legalbilling.receivables.Posting;
import dev.legalbilling.receivables.WriteOff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Postings survive a round trip through the payments-file format exactly, for every posting type. */
class PostingJsonProperties {
    private static final ObjectMapper JSON = ReceivablesJsonModule.mapper();
    private static final ObjectMapper YAML = ReceivablesJsonModule.yamlMapper();
    private static final TypeReference<List<Posting>> POSTINGS = new TypeReference<>() {
    };

    @Property(tries = 300)
    void postingsRoundTripExactlyThroughJson(@ForAll("postings") @Size(max = 12) List<Posting> postings)
            throws Exception {
        String text = JSON.writerFor(POSTINGS).writeValueAsString(postings);

        assertThat(JSON.readValue(text, POSTINGS)).isEqualTo(postings);
    }

    @Property(tries = 100)
    void postingsRoundTripExactlyThroughYaml(@ForAll("postings") @Size(max = 6) List<Posting> postings)
            throws Exception {
        String text = YAML.writerFor(POSTINGS).writeValueAsString(postings);

        assertThat(YAML.readValue(text, POSTINGS)).isEqualTo(postings);
    }

    @Property(tries = 200)
    void everyPostingIsWrittenWithItsDocumentedType(@ForAll("posting") Posting posting) throws Exception {
        String type = JSON.readTree(JSON.writerFor(Posting.class).writeValueAsString(posting)).get("type").asText();

        assertThat(PostingMixIn.TYPES).contains(type);
        assertThat(type.replace("-", "")).isEqualToIgnoringCase(simpleName(posting));
    }

    private static String simpleName(Posting p) {
        return p instanceof ArbitrationNoticeServed ? "arbitrationnotice" : p.getClass().getSimpleName();
    }

    @Provide
    Arbitrary<List<Posting>> postings() {
        return posting().list();
    }

    @Provide
    Arbitrary<Posting> posting() {
        Arbitrary<InvoiceNumber> invoice = Arbitraries.strings().withCharRange('0', '9').ofLength(4)
                .map(s -> InvoiceNumber.of("2026-" + s));
        Arbitrary<ClientId> client = Arbitraries.of("ACME", "BRIGHT", "C-1003", "Ortiz & Sons").map(ClientId::of);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3000)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<Money> amount = Arbitraries.longs().between(1, 99_999_999L)
                .flatMap(cents -> Arbitraries.of("USD", "EUR", "JPY").map(c -> c.equals("JPY")
                        ? Money.of(BigDecimal.valueOf(cents), c) : Money.of(BigDecimal.valueOf(cents, 2), c)));
        Arbitrary<String> reference = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<AdjustmentReason> reason = Arbitraries.of(AdjustmentReason.class);
        return Arbitraries.oneOf(
                Combinators.combine(reference, client, date, amount, invoice.injectNull(0.5))
                        .as((r, c, d, a, i) -> new Payment(PaymentId.of(r), c, d, a, i)),
                Combinators.combine(invoice, date, amount, reason).as(WriteOff::new),
                Combinators.combine(reference, invoice, date, amount, reason)
                        .as((r, i, d, a, why) -> new CreditNote(CreditNoteNumber.of(r), i, d, a, why)),
                Combinators.combine(invoice, date, amount).as(DisputeRaised::new),
                Combinators.combine(invoice, date).as(DisputeResolved::new),
                Combinators.combine(invoice, date).as(ArbitrationNoticeServed::new),
                Combinators.combine(invoice, date, amount).as(InterestCharge::new),
                Combinators.combine(invoice, date, amount).as(CreditApplication::new),
                Combinators.combine(reference, client, date, amount)
                        .as((r, c, d, a) -> new CreditRefund(PaymentId.of(r), c, d, a)));
    }
}
