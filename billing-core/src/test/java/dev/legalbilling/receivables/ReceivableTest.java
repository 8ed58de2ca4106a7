package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceStateException;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class ReceivableTest {
    private static final Invoice ACME_JANUARY = SampleFirm.invoices().get(0);

    @Test
    void dueDateIsInvoiceDatePlusTermsDefaulting30Days() {
        Receivable r = Receivable.of(ACME_JANUARY, PaymentTerms.standard());
        assertThat(r.invoiceDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(Receivable.of(ACME_JANUARY, PaymentTerms.net(0)).dueDate()).isEqualTo(r.invoiceDate());
        assertThat(r.amount()).isEqualTo(ACME_JANUARY.total());
        assertThat(r.interestTerms().agreed()).isFalse();
        assertThat(r.jurisdictionIfKnown()).isEmpty();
    }

    @Test
    void takesJurisdictionAndTypeFromTheMatter() {
        Receivable r = Receivable.builder(ACME_JANUARY, PaymentTerms.standard())
                .matter(SampleFirm.ACME_LITIGATION).responsiblePartner(SampleFirm.ALVAREZ.id()).build();
        assertThat(r.jurisdiction()).isEqualTo(Jurisdiction.of("US-NY"));
        assertThat(r.matterType()).isEqualTo(MatterType.GENERAL);
        assertThat(r.responsiblePartnerIfKnown()).contains(SampleFirm.ALVAREZ.id());
    }

    @Test
    void rejectsAnotherInvoicesMatter() {
        assertThatThrownBy(() -> Receivable.builder(ACME_JANUARY, PaymentTerms.standard())
                .matter(SampleFirm.ACME_EMPLOYMENT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ACME-001");
    }

    @Test
    void rejectsDraftInvoices() {
        Invoice draft = Invoice.builder(ACME_JANUARY.number(), ACME_JANUARY.client(), ACME_JANUARY.matter())
                .invoiceDate(ACME_JANUARY.invoiceDate()).period(ACME_JANUARY.periodStart(), ACME_JANUARY.periodEnd())
                .lines(ACME_JANUARY.lines()).build();
        assertThatThrownBy(() -> Receivable.of(draft, PaymentTerms.standard()))
                .isInstanceOf(InvoiceStateException.class).hasMessageContaining("draft");
    }

    @Test
    void rejectsNegativeTermsAndDueDateBeforeInvoiceDate() {
        assertThatThrownBy(() -> PaymentTerms.net(-1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("paymentTermsDays");
        Receivable r = Receivable.of(ACME_JANUARY, PaymentTerms.standard());
        assertThatThrownBy(() -> new Receivable(r.invoice(), r.client(), r.matter(), r.invoiceDate(),
                r.invoiceDate().minusDays(1), r.amount(), null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("dueDate");
    }

    @Test
    void interestTermsNeedARateOnlyWhenAgreed() {
        InterestTerms agreed = InterestTerms.agreed("7.5", 10);
        assertThat(agreed.annualRatePercent()).isEqualByComparingTo("7.5");
        assertThat(InterestTerms.none().agreed()).isFalse();
        assertThatThrownBy(() -> InterestTerms.agreed("0", 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("above 0");
        assertThatThrownBy(() -> InterestTerms.agreed("101", 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new InterestTerms(false, BigDecimal.ONE, 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("does not provide");
        assertThatThrownBy(() -> InterestTerms.agreed("nine", 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nine");
    }
}
