package dev.legalbilling.receivables.interest;

import static dev.legalbilling.receivables.Fixtures.CLIENT_A;
import static dev.legalbilling.receivables.Fixtures.inv;
import static dev.legalbilling.receivables.Fixtures.pay;
import static dev.legalbilling.receivables.Fixtures.receivable;
import static dev.legalbilling.receivables.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.SampleFirm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateInterestTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    private static ReceivablesLedger ledger(String amount, InterestTerms terms) {
        Receivable r = receivable("INV-1", CLIENT_A, JAN_1, amount);
        return ReceivablesLedger.of(List.of(new Receivable(r.invoice(), r.client(), r.matter(), r.invoiceDate(),
                r.dueDate(), r.amount(), terms, r.jurisdiction(), r.matterType(), r.responsiblePartner())));
    }

    private static InterestAccrual accrual(ReceivablesLedger ledger, LocalDate asOf) {
        return (InterestAccrual) LateInterest.assess(ledger, inv("INV-1"), asOf);
    }

    @Test
    void chargesSimpleInterestActual365OnTheOverdueAmount() {
        InterestAccrual a = accrual(ledger("10000.00", InterestTerms.agreed("9", 0)), MAR_2);
        // 10,000.00 x 9 % x 30 / 365 = 73.9726...
        assertThat(a.days()).isEqualTo(30);
        assertThat(a.accruesFrom()).isEqualTo(DUE);
        assertThat(a.accruedToDate()).isEqualTo(usd("73.97"));
        assertThat(a.due()).isEqualTo(usd("73.97"));
        assertThat(a.principalDays()).isEqualByComparingTo("300000.00");
    }

    @Test
    void partialPaymentLowersThePrincipalFromItsDate() {
        ReceivablesLedger l = ledger("10000.00", InterestTerms.agreed("9", 0)).post(Payment.toInvoice(pay("P1"),
                CLIENT_A, LocalDate.of(2026, 2, 10), usd("4000.00"), inv("INV-1")));
        InterestAccrual a = accrual(l, MAR_2);
        // 10 days x 10,000 + 20 days x 6,000 = 220,000 principal-days x 9 % / 365 = 54.2465...
        assertThat(a.principalDays()).isEqualByComparingTo("220000.00");
        assertThat(a.accruedToDate()).isEqualTo(usd("54.25"));
    }

    @Test
    void roundsOncePerInvoiceNotPerPeriod() {
        ReceivablesLedger l = ledger("1000.00", InterestTerms.agreed("9", 0)).post(Payment.toInvoice(pay("P1"),
                CLIENT_A, DUE.plusDays(1), usd("0.01"), inv("INV-1")));
        // per day: 1,000.00 -> 0.2466 and 999.99 -> 0.2466; rounded per day they would make 0.50
        assertThat(accrual(l, DUE.plusDays(2)).accruedToDate()).isEqualTo(usd("0.49"));
    }

    @Test
    void usesA365DayYearEvenInLeapYears() {
        Receivable r = receivable("INV-1", CLIENT_A, LocalDate.of(2028, 1, 2), "10000.00");
        ReceivablesLedger l = ReceivablesLedger.of(List.of(new Receivable(r.invoice(), r.client(), r.matter(),
                r.invoiceDate(), r.dueDate(), r.amount(), InterestTerms.agreed("9", 0), null, null, null)));
        InterestAccrual a = accrual(l, r.dueDate().plusYears(1));
        assertThat(a.days()).isEqualTo(366);
        // 10,000.00 x 9 % x 366 / 365 = 902.4657...
        assertThat(a.accruedToDate()).isEqualTo(usd("902.47"));
    }

    @Test
    void graceDaysDelayTheStartOfAccrual() {
        ReceivablesLedger l = ledger("10000.00", InterestTerms.agreed("9", 10));
        assertThat(LateInterest.assess(l, inv("INV-1"), DUE.plusDays(10)))
                .isEqualTo(new NoInterestDue(inv("INV-1"), DUE.plusDays(10), NoInterestDue.Reason.WITHIN_GRACE_PERIOD));
        InterestAccrual a = accrual(l, DUE.plusDays(11));
        assertThat(a.accruesFrom()).isEqualTo(DUE.plusDays(10));
        assertThat(a.days()).isEqualTo(1);
        assertThat(a.accruedToDate()).isEqualTo(usd("2.47"));
    }

    @Test
    void nothingIsDueUpToTheDueDate() {
        assertThat(LateInterest.assess(ledger("10000.00", InterestTerms.agreed("9", 0)), inv("INV-1"), DUE))
                .isInstanceOf(NoInterestDue.class)
                .extracting(x -> ((NoInterestDue) x).reason()).isEqualTo(NoInterestDue.Reason.NOT_OVERDUE);
    }

    @Test
    void interestAlreadyChargedIsNotChargedAgainNorEarnsInterest() {
        ReceivablesLedger l = ledger("10000.00", InterestTerms.agreed("9", 0));
        InterestAccrual first = accrual(l, MAR_2);
        ReceivablesLedger charged = l.post(first.toCharge().orElseThrow());
        InterestAccrual sameDay = accrual(charged, MAR_2);
        assertThat(sameDay.alreadyCharged()).isEqualTo(usd("73.97"));
        assertThat(sameDay.due().isZero()).isTrue();
        assertThat(sameDay.toCharge()).isEmpty();
        InterestAccrual later = accrual(charged, MAR_2.plusDays(30));
        // 60 days on the 10,000.00 principal only: 147.9452... less 73.97 charged
        assertThat(later.accruedToDate()).isEqualTo(usd("147.95"));
        assertThat(later.due()).isEqualTo(usd("73.98"));
    }

    @Test
    void invoicePaidLateCarriesInterestForTheDaysItWasLate() {
        ReceivablesLedger l = ledger("10000.00", InterestTerms.agreed("9", 0)).post(Payment.toInvoice(pay("P1"),
                CLIENT_A, DUE.plusDays(20), usd("10000.00"), inv("INV-1")));
        InterestAccrual a = accrual(l, DUE.plusDays(90));
        assertThat(a.principalDays()).isEqualByComparingTo("200000.00");
        assertThat(a.accruedToDate()).isEqualTo(usd("49.32"));
    }

    @Test
    void withoutAgreementNothingIsComputedAndTheAttemptIsAFact() {
        ReceivablesLedger l = ledger("10000.00", InterestTerms.none());
        InterestAssessment a = LateInterest.assess(l, inv("INV-1"), MAR_2);
        assertThat(a).isEqualTo(new InterestWithoutAgreement(inv("INV-1"), CLIENT_A,
                l.receivable(inv("INV-1")).matter(), MAR_2, 30, usd("10000.00")));
        assertThat(InterestWithoutAgreement.RULE_ID).isEqualTo("ETH-INTEREST-WITHOUT-AGREEMENT");
        ReceivablesLedger paid = l.post(Payment.toInvoice(pay("P1"), CLIENT_A, DUE, usd("10000.00"),
                inv("INV-1")));
        assertThat(LateInterest.assess(paid, inv("INV-1"), MAR_2)).isEqualTo(
                new NoInterestDue(inv("INV-1"), MAR_2, NoInterestDue.Reason.NOTHING_OUTSTANDING));
    }

    @Test
    void batchAccrualTouchesOnlyInvoicesWhoseAgreementProvidesForInterest() {
        List<InterestAccrual> accruals = LateInterest.accrueAll(SampleFirm.ledger(), SampleFirm.AS_OF);
        assertThat(accruals).extracting(InterestAccrual::invoice)
                .containsExactly(SampleFirm.INV_0101, SampleFirm.INV_0201);
        assertThat(accruals).allSatisfy(a -> assertThat(a.due().isPositive()).isTrue());
    }
}
