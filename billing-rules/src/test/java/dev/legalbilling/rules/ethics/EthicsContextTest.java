package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_NAME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.INVOICE_DATE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.TrustRecords.IOLTA;
import static dev.legalbilling.rules.ethics.TrustRecords.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.rules.AdvanceFeeReceipt;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustAccountId;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustJournal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ethics input on a check request: defaults, validation, and the request staying compatible. */
class EthicsContextTest {
    private static final InvoiceNumber INV = InvoiceNumber.of("INV-1");

    private static ReconciliationReport reconciliationOf(TrustAccountId account) {
        return ThreeWayReconciliation.compare(BankStatement.of(account, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), usd("0.00"), List.of(), List.of()), usd("0.00"), List.of(),
                PROFILE.reconciliationFrequency());
    }

    @Test
    void isEmptyByDefaultAndJudgesAsOfTheInvoiceDate() {
        EthicsContext empty = EthicsContext.empty();
        Invoice invoice = simpleInvoice("INV-1");
        assertThat(empty.asOfIfSet()).isEmpty();
        assertThat(empty.asOf(invoice)).isEqualTo(INVOICE_DATE);
        assertThat(empty.hasTrustRecords()).isFalse();
        assertThat(empty.trustProfileIfAny()).isEmpty();
        assertThat(empty.earnedFees().all()).isEmpty();
        assertThat(empty.feeArbitrationRules().rules()).extracting(r -> r.id()).containsExactly("NY-137", "CA-6201");
        assertThat(empty.contingencySchedules().ids()).contains("NJ-TORT", "NY-MED-MAL");
        assertThat(EthicsContext.builder().asOf(LocalDate.of(2026, 4, 30)).build().asOf(invoice))
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void takesTheTrustProfileFromTheJournalUnlessOneIsGiven() {
        TrustJournal journal = TrustRecords.journal();
        assertThat(EthicsContext.builder().trustJournal(journal).build().trustProfileIfAny()).contains(PROFILE);
        TrustAccountingProfile monthly = PROFILE.withBankChargeCushionMax(usd("100"));
        assertThat(EthicsContext.builder().trustJournal(journal).trustProfile(monthly).build().trustProfileIfAny())
                .contains(monthly);
    }

    @Test
    void refusesAReconciliationOfAnotherAccount() {
        assertThatThrownBy(() -> EthicsContext.builder().trustJournal(TrustRecords.journal())
                .trustReconciliation(reconciliationOf(TrustAccountId.of("IOLTA-2"))).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("IOLTA-2")
                .hasMessageContaining("IOLTA-1");
    }

    @Test
    void needsATrustProfileForAReconciliationWithoutJournal() {
        assertThatThrownBy(() -> EthicsContext.builder().trustReconciliation(reconciliationOf(IOLTA.id())).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("trustProfile");
        assertThat(EthicsContext.builder().trustReconciliation(reconciliationOf(IOLTA.id())).trustProfile(PROFILE)
                .build().hasTrustRecords()).isTrue();
    }

    @Test
    void refusesAProfileOfAnotherJurisdictionOrCurrency() {
        TrustJournal journal = TrustRecords.journal();
        TrustAccountingProfile newYork = TrustAccountingProfile.configurableDefaults(Jurisdiction.of("US-NY"),
                Currency.getInstance("USD"));
        assertThatThrownBy(() -> EthicsContext.builder().trustJournal(journal).trustProfile(newYork).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("US-NY");
        TrustAccountingProfile euros = TrustAccountingProfile.configurableDefaults(IOLTA.jurisdiction(),
                Currency.getInstance("EUR"));
        assertThatThrownBy(() -> EthicsContext.builder().trustJournal(journal).trustProfile(euros).build())
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesDuplicateExpenseCostsAndAdvanceFeeReferences() {
        ExpenseCost cost = new ExpenseCost(INV, "2", usd("1.00"), false);
        assertThatThrownBy(() -> EthicsContext.builder().expenseCost(cost).expenseCost(cost).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("given twice for invoice INV-1");
        assertThat(EthicsContext.builder().expenseCost(cost)
                .expenseCost(new ExpenseCost(InvoiceNumber.of("INV-2"), "2", usd("1.00"), false)).build()
                .expenseCosts()).hasSize(2);
        AdvanceFeeReceipt r = new AdvanceFeeReceipt("R-1", ACME, ACME_MATTER, LocalDate.of(2026, 3, 1), usd("10"),
                false);
        assertThatThrownBy(() -> EthicsContext.builder().advanceFees(List.of(r, r)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("R-1");
    }

    @Test
    void validatesItsInputs() {
        assertThatThrownBy(() -> new ExpenseCost(INV, " ", usd("1.00"), false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ExpenseCost(INV, "2", usd("-0.01"), false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 2 of invoice INV-1");
        assertThatThrownBy(() -> new AdvanceFeeReceipt("R-1", ACME, null, LocalDate.of(2026, 3, 1), Money.zero(
                Currency.getInstance("USD")), false)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("R-1");
        assertThat(new AdvanceFeeReceipt("R-1", ACME, null, LocalDate.of(2026, 3, 1), usd("1"), true).matterIfAny())
                .isEmpty();
    }

    @Test
    void aRequestWithoutEthicsStaysAsItWas() {
        Invoice invoice = simpleInvoice("INV-1");
        CheckRequest plain = new CheckRequest(invoice, null, null, null);
        assertThat(plain.ethics()).isNull();
        assertThat(plain.ethicsIfAny()).isEmpty();
        assertThat(CheckRequest.of(invoice, null, null)).isEqualTo(plain);
        EthicsContext ethics = EthicsContext.builder().asOf(INVOICE_DATE).build();
        CheckRequest with = plain.withEthics(ethics);
        assertThat(with.ethicsIfAny()).containsSame(ethics);
        assertThat(with.invoice()).isSameAs(invoice);
        assertThat(with.priorFees()).isEqualTo(plain.priorFees());
        assertThat(with.withEthics(null)).isEqualTo(plain);
    }

    @Test
    void printsCountsOnly() {
        EthicsContext ethics = EthicsContext.builder().otherInvoices(List.of(simpleInvoice("INV-9")))
                .advanceFees(List.of(new AdvanceFeeReceipt("R-1", ACME, ACME_MATTER, LocalDate.of(2026, 3, 1),
                        usd("10"), false))).build();
        assertThat(ethics.toString()).isEqualTo("EthicsContext[as of the invoice date, 1 other invoices, 0 expense"
                + " costs, 1 advance fees, 0 collection actions, 0 receivables]").doesNotContain(ACME_NAME);
    }
}
