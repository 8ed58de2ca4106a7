package dev.legalbilling.receivables;

import static dev.legalbilling.receivables.Fixtures.CLIENT_A;
import static dev.legalbilling.receivables.Fixtures.CLIENT_B;
import static dev.legalbilling.receivables.Fixtures.JAN_1;
import static dev.legalbilling.receivables.Fixtures.inv;
import static dev.legalbilling.receivables.Fixtures.pay;
import static dev.legalbilling.receivables.Fixtures.receivable;
import static dev.legalbilling.receivables.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivablesLedgerTest {
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final Currency USD = Currency.getInstance("USD");

    /** INV-1 1,000 (Jan 1, due Jan 31), INV-2 500 (Jan 15, due Feb 14) for client A; INV-3 300 for client B. */
    private static final ReceivablesLedger THREE_INVOICES = ReceivablesLedger.of(List.of(
            receivable("INV-1", CLIENT_A, JAN_1, "1000.00"),
            receivable("INV-2", CLIENT_A, JAN_1.plusDays(14), "500.00"),
            receivable("INV-3", CLIENT_B, JAN_1, "300.00")));

    @Test
    void newInvoiceIsOpenWithItsFullAmount() {
        ReceivableState s = THREE_INVOICES.state(inv("INV-1"), JAN_1);
        assertThat(s.balance()).isEqualTo(usd("1000.00"));
        assertThat(s.status()).isEqualTo(ReceivableStatus.OPEN);
        assertThat(THREE_INVOICES.entries(inv("INV-1"))).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.INVOICED);
    }

    @Test
    void fullPaymentToNamedInvoiceMakesItPaid() {
        ReceivablesLedger l = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("1000.00"), inv("INV-1")));
        ReceivableState s = l.state(inv("INV-1"), FEB_1);
        assertThat(s.status()).isEqualTo(ReceivableStatus.PAID);
        assertThat(s.balance().isZero()).isTrue();
        assertThat(s.paid()).isEqualTo(usd("1000.00"));
        assertThat(l.clientCredit(CLIENT_A, USD, FEB_1).isZero()).isTrue();
    }

    @Test
    void partialPaymentLeavesInvoicePartiallyPaid() {
        ReceivablesLedger l = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("400.00"), inv("INV-1")));
        ReceivableState s = l.state(inv("INV-1"), FEB_1);
        assertThat(s.status()).isEqualTo(ReceivableStatus.PARTIALLY_PAID);
        assertThat(s.balance()).isEqualTo(usd("600.00"));
        assertThat(s.lastPaymentDate()).isEqualTo(FEB_1);
    }

    @Test
    void overpaymentOfNamedInvoiceBecomesClientCredit() {
        ReceivablesLedger l = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("1150.00"), inv("INV-1")));
        assertThat(l.state(inv("INV-1"), FEB_1).status()).isEqualTo(ReceivableStatus.PAID);
        assertThat(l.state(inv("INV-2"), FEB_1).balance()).isEqualTo(usd("500.00"));
        assertThat(l.clientCredit(CLIENT_A, USD, FEB_1)).isEqualTo(usd("150.00"));
        assertThat(l.clientCredits(USD, FEB_1)).containsOnlyKeys(CLIENT_A);
        LedgerEntry credit = l.entries().get(l.entries().size() - 1);
        assertThat(credit.kind()).isEqualTo(EntryKind.OVERPAYMENT);
        assertThat(credit.invoiceIfAny()).isEmpty();
        assertThat(credit.reference()).isEqualTo("P1");
    }

    @Test
    void unnamedPaymentSettlesOldestDueInvoiceFirst() {
        ReceivablesLedger l = THREE_INVOICES.post(Payment.oldestFirst(pay("P1"), CLIENT_A, FEB_1, usd("1200.00")));
        assertThat(l.state(inv("INV-1"), FEB_1).status()).isEqualTo(ReceivableStatus.PAID);
        assertThat(l.state(inv("INV-2"), FEB_1).balance()).isEqualTo(usd("300.00"));
        assertThat(l.state(inv("INV-3"), FEB_1).balance()).isEqualTo(usd("300.00"));
    }

    @Test
    void unnamedPaymentPassesDisputedInvoicesBy() {
        ReceivablesLedger l = THREE_INVOICES
                .post(new DisputeRaised(inv("INV-1"), JAN_1.plusDays(20), usd("200.00")))
                .post(Payment.oldestFirst(pay("P1"), CLIENT_A, FEB_1, usd("700.00")));
        assertThat(l.state(inv("INV-1"), FEB_1).balance()).isEqualTo(usd("1000.00"));
        assertThat(l.state(inv("INV-1"), FEB_1).status()).isEqualTo(ReceivableStatus.DISPUTED);
        assertThat(l.state(inv("INV-2"), FEB_1).status()).isEqualTo(ReceivableStatus.PAID);
        assertThat(l.clientCredit(CLIENT_A, USD, FEB_1)).isEqualTo(usd("200.00"));
    }

    @Test
    void unnamedPaymentIgnoresInvoicesIssuedAfterIt() {
        ReceivablesLedger l = THREE_INVOICES.post(
                Payment.oldestFirst(pay("P1"), CLIENT_A, JAN_1.plusDays(5), usd("1200.00")));
        assertThat(l.state(inv("INV-2"), FEB_1).balance()).isEqualTo(usd("500.00"));
        assertThat(l.clientCredit(CLIENT_A, USD, FEB_1)).isEqualTo(usd("200.00"));
    }

    @Test
    void writeOffOfRemainingBalanceMakesInvoiceWrittenOff() {
        ReceivablesLedger l = THREE_INVOICES
                .post(Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("900.00"), inv("INV-1")))
                .post(new WriteOff(inv("INV-1"), MAR_1, usd("100.00"), AdjustmentReason.SMALL_BALANCE));
        ReceivableState s = l.state(inv("INV-1"), MAR_1);
        assertThat(s.status()).isEqualTo(ReceivableStatus.WRITTEN_OFF);
        assertThat(s.writtenOff()).isEqualTo(usd("100.00"));
        assertThat(l.state(inv("INV-1"), FEB_1).status()).isEqualTo(ReceivableStatus.PARTIALLY_PAID);
    }

    @Test
    void paymentClosingAfterPartialWriteOffMakesInvoicePaid() {
        ReceivablesLedger l = THREE_INVOICES
                .post(new WriteOff(inv("INV-1"), FEB_1, usd("100.00"), AdjustmentReason.COURTESY_DISCOUNT))
                .post(Payment.toInvoice(pay("P1"), CLIENT_A, MAR_1, usd("900.00"), inv("INV-1")));
        assertThat(l.state(inv("INV-1"), FEB_1).status()).isEqualTo(ReceivableStatus.OPEN);
        assertThat(l.state(inv("INV-1"), MAR_1).status()).isEqualTo(ReceivableStatus.PAID);
    }

    @Test
    void creditNoteReducesBalanceWithoutCountingAsPayment() {
        ReceivablesLedger l = THREE_INVOICES.post(new CreditNote(CreditNoteNumber.of("CN-1"), inv("INV-1"), FEB_1,
                usd("250.00"), AdjustmentReason.BILLING_ERROR));
        ReceivableState s = l.state(inv("INV-1"), FEB_1);
        assertThat(s.balance()).isEqualTo(usd("750.00"));
        assertThat(s.credited()).isEqualTo(usd("250.00"));
        assertThat(s.status()).isEqualTo(ReceivableStatus.OPEN);
    }

    @Test
    void rejectsWriteOffAboveBalanceAndKeepsLedgerUnchanged() {
        assertThatThrownBy(() -> THREE_INVOICES.post(
                new WriteOff(inv("INV-3"), FEB_1, usd("300.01"), AdjustmentReason.UNCOLLECTIBLE)))
                .isInstanceOf(PostingRejectedException.class)
                .hasMessageContaining("INV-3").hasMessageContaining("USD 300.00")
                .extracting(e -> ((PostingRejectedException) e).code()).isEqualTo("RECEIVABLES_POSTING_REJECTED");
        assertThat(THREE_INVOICES.entries()).hasSize(3);
    }

    @Test
    void rejectsCreditNoteAbovePaidDownBalance() {
        ReceivablesLedger paid = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_B, FEB_1, usd("300.00"), inv("INV-3")));
        assertThatThrownBy(() -> paid.post(new CreditNote(CreditNoteNumber.of("CN-9"), inv("INV-3"), MAR_1,
                usd("10.00"), AdjustmentReason.OTHER))).isInstanceOf(PostingRejectedException.class)
                .hasMessageContaining("exceeds the balance USD 0.00");
    }

    @Test
    void rejectsTheSamePaymentIdTwice() {
        ReceivablesLedger once = THREE_INVOICES.post(
                Payment.oldestFirst(pay("BANK-7"), CLIENT_A, FEB_1, usd("10.00")));
        assertThatThrownBy(() -> once.post(Payment.oldestFirst(pay("BANK-7"), CLIENT_A, FEB_1, usd("10.00"))))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("BANK-7 was already posted");
    }

    @Test
    void rejectsPaymentNamingAnotherClientsInvoice() {
        assertThatThrownBy(() -> THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_B, FEB_1, usd("10.00"), inv("INV-1"))))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("belongs to client CLIENT-A");
    }

    @Test
    void rejectsPaymentInAnotherCurrencyThanTheNamedInvoice() {
        assertThatThrownBy(() -> THREE_INVOICES.post(Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1,
                Money.of("10.00", "EUR"), inv("INV-1")))).isInstanceOf(PostingRejectedException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void rejectsPostingDatedBeforeTheInvoiceOrItsLatestEntry() {
        assertThatThrownBy(() -> THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, JAN_1.minusDays(1), usd("10.00"), inv("INV-1"))))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("issued on 2026-01-01");
        ReceivablesLedger paid = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, MAR_1, usd("10.00"), inv("INV-1")));
        assertThatThrownBy(() -> paid.post(
                new WriteOff(inv("INV-1"), FEB_1, usd("1.00"), AdjustmentReason.OTHER)))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("entry dated 2026-03-01");
    }

    @Test
    void postAllSortsByDateSoFilesNeedNotBeSorted() {
        ReceivablesLedger l = THREE_INVOICES.postAll(List.of(
                new WriteOff(inv("INV-1"), MAR_1, usd("1.00"), AdjustmentReason.OTHER),
                Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("10.00"), inv("INV-1"))));
        assertThat(l.state(inv("INV-1"), MAR_1).balance()).isEqualTo(usd("989.00"));
    }

    @Test
    void postAllIsAllOrNothing() {
        List<Posting> batch = List.of(Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("10.00"), inv("INV-1")),
                new WriteOff(inv("INV-3"), MAR_1, usd("999.00"), AdjustmentReason.OTHER));
        assertThatThrownBy(() -> THREE_INVOICES.postAll(batch)).isInstanceOf(PostingRejectedException.class);
        assertThat(THREE_INVOICES.state(inv("INV-1"), MAR_1).balance()).isEqualTo(usd("1000.00"));
    }

    @Test
    void stateAsOfEarlierDateIgnoresLaterEntries() {
        ReceivablesLedger l = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, MAR_1, usd("1000.00"), inv("INV-1")));
        assertThat(l.state(inv("INV-1"), MAR_1.minusDays(1)).status()).isEqualTo(ReceivableStatus.OPEN);
        assertThat(l.state(inv("INV-1"), MAR_1).status()).isEqualTo(ReceivableStatus.PAID);
        assertThat(l.states(JAN_1)).extracting(ReceivableState::invoice)
                .containsExactly(inv("INV-1"), inv("INV-3"));
    }

    @Test
    void rejectsStateBeforeTheInvoiceDate() {
        assertThatThrownBy(() -> THREE_INVOICES.state(inv("INV-2"), JAN_1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2026-01-15");
    }

    @Test
    void disputeSetsStatusAndFactsUntilResolved() {
        ReceivablesLedger l = THREE_INVOICES
                .post(new DisputeRaised(inv("INV-1"), FEB_1, usd("400.00")))
                .post(new ArbitrationNoticeServed(inv("INV-1"), FEB_1.plusDays(3)))
                .post(new DisputeResolved(inv("INV-1"), MAR_1));
        ReceivableState during = l.state(inv("INV-1"), FEB_1.plusDays(5));
        assertThat(during.status()).isEqualTo(ReceivableStatus.DISPUTED);
        assertThat(during.amountInDispute()).isEqualTo(usd("400.00"));
        assertThat(during.undisputedBalance()).isEqualTo(usd("600.00"));
        assertThat(during.disputedSince()).isEqualTo(FEB_1);
        assertThat(during.arbitrationNoticeServed()).isEqualTo(FEB_1.plusDays(3));
        ReceivableState after = l.state(inv("INV-1"), MAR_1);
        assertThat(after.status()).isEqualTo(ReceivableStatus.OPEN);
        assertThat(after.isDisputed()).isFalse();
        assertThat(after.amountInDispute().isZero()).isTrue();
    }

    @Test
    void rejectsDisputingTwiceAndResolvingWithoutDispute() {
        ReceivablesLedger disputed = THREE_INVOICES.post(new DisputeRaised(inv("INV-1"), FEB_1, usd("1.00")));
        assertThatThrownBy(() -> disputed.post(new DisputeRaised(inv("INV-1"), MAR_1, usd("2.00"))))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("already disputed");
        assertThatThrownBy(() -> THREE_INVOICES.post(new DisputeResolved(inv("INV-2"), MAR_1)))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("not disputed");
    }

    @Test
    void clientCreditCanBeAppliedOrRefundedButNotOverdrawn() {
        ReceivablesLedger withCredit = THREE_INVOICES.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, FEB_1, usd("1100.00"), inv("INV-1")));
        ReceivablesLedger applied = withCredit.post(new CreditApplication(inv("INV-2"), FEB_1, usd("60.00")));
        assertThat(applied.state(inv("INV-2"), FEB_1).balance()).isEqualTo(usd("440.00"));
        assertThat(applied.state(inv("INV-2"), FEB_1).status()).isEqualTo(ReceivableStatus.PARTIALLY_PAID);
        assertThat(applied.clientCredit(CLIENT_A, USD, FEB_1)).isEqualTo(usd("40.00"));
        ReceivablesLedger refunded = applied.post(new CreditRefund(pay("R1"), CLIENT_A, MAR_1, usd("40.00")));
        assertThat(refunded.clientCredit(CLIENT_A, USD, MAR_1).isZero()).isTrue();
        assertThatThrownBy(() -> refunded.post(new CreditRefund(pay("R2"), CLIENT_A, MAR_1, usd("0.01"))))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("unapplied credit USD 0.00");
        assertThatThrownBy(() -> withCredit.post(new CreditApplication(inv("INV-3"), FEB_1, usd("1.00"))))
                .isInstanceOf(PostingRejectedException.class).hasMessageContaining("CLIENT-B");
    }

    @Test
    void interestChargeRaisesBalanceAndIsAFact() {
        ReceivablesLedger l = THREE_INVOICES.post(new InterestCharge(inv("INV-1"), MAR_1, usd("12.34")));
        ReceivableState s = l.state(inv("INV-1"), MAR_1);
        assertThat(s.balance()).isEqualTo(usd("1012.34"));
        assertThat(s.chargesInterest()).isTrue();
        assertThat(s.interestAgreed()).isFalse();
    }

    @Test
    void interestChargedAfterSettlementReopensTheInvoice() {
        ReceivablesLedger l = THREE_INVOICES
                .post(Payment.toInvoice(pay("P1"), CLIENT_B, FEB_1, usd("300.00"), inv("INV-3")))
                .post(new InterestCharge(inv("INV-3"), MAR_1, usd("2.00")));
        assertThat(l.state(inv("INV-3"), MAR_1).status()).isEqualTo(ReceivableStatus.PARTIALLY_PAID);
    }

    @Test
    void zeroAmountInvoiceIsPaidFromTheStart() {
        ReceivablesLedger l = ReceivablesLedger.of(List.of(
                receivable("INV-0", CLIENT_A, JAN_1, "0.00")));
        assertThat(l.state(inv("INV-0"), JAN_1).status()).isEqualTo(ReceivableStatus.PAID);
    }

    @Test
    void rejectsUnknownAndDuplicateInvoices() {
        assertThatThrownBy(() -> THREE_INVOICES.post(new DisputeResolved(inv("NOPE"), MAR_1)))
                .isInstanceOf(UnknownInvoiceException.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> THREE_INVOICES.withReceivable(receivable("INV-1", CLIENT_A, JAN_1, "1.00")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already");
    }

    @Test
    void keepsCurrenciesApart() {
        ReceivablesLedger l = THREE_INVOICES.withReceivable(
                receivable("INV-E", CLIENT_A, JAN_1, 30, Money.of("800.00", "EUR")))
                .post(Payment.oldestFirst(pay("P1"), CLIENT_A, FEB_1, Money.of("900.00", "EUR")));
        assertThat(l.state(inv("INV-E"), FEB_1).status()).isEqualTo(ReceivableStatus.PAID);
        assertThat(l.state(inv("INV-1"), FEB_1).balance()).isEqualTo(usd("1000.00"));
        assertThat(l.clientCredit(CLIENT_A, Currency.getInstance("EUR"), FEB_1)).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(l.currencies()).extracting(Currency::getCurrencyCode).containsExactly("EUR", "USD");
    }

    @Test
    void toStringRevealsNoClientData() {
        assertThat(THREE_INVOICES.toString()).isEqualTo("ReceivablesLedger[3 receivables, 3 entries]");
    }
}
