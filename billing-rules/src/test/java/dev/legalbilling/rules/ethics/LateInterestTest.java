package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.BETA;
import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.betaInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.receivables.InterestCharge;
import dev.legalbilling.receivables.PaymentTerms;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** late-interest.drl: ETH-INTEREST-WITHOUT-AGREEMENT, on the receivables of the ethics context. */
@EthicsRuleTest
class LateInterestTest {
    private static final String RULE = "ETH-INTEREST-WITHOUT-AGREEMENT";
    private static final LocalDate CHARGED = LocalDate.of(2026, 5, 15);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);
    /** January's final invoice, 2,250.00, due 30 days after 2026-03-31. */
    private static final Invoice JANUARY = invoice("INV-J1").fee(PARTNER, MONDAY, "5").build().finalise();

    private static ReceivableState stateWith(Invoice invoice, InterestTerms terms, String interest) {
        Receivable r = Receivable.builder(invoice, PaymentTerms.standard()).interestTerms(terms).build();
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(r));
        if (interest != null) {
            ledger = ledger.post(new InterestCharge(invoice.number(), CHARGED, usd(interest)));
        }
        return ledger.state(invoice.number(), AS_OF);
    }

    private static ComplianceReport checkWith(ReceivableState state) {
        return check(simpleInvoice("INV-J2"), null, EthicsContext.builder().receivables(List.of(state)).build());
    }

    @Test
    @Fires(RULE)
    void flagsInterestTheAgreementDoesNotProvideFor() {
        Finding f = assertFires(checkWith(stateWith(JANUARY, InterestTerms.none(), "18.49")), RULE).get(0);
        assertThat(f.message()).isEqualTo("Invoice INV-J1 of matter M-100 carries USD 18.49 of late-payment interest as"
                + " of 2026-05-31, but its fee agreement does not provide for interest.");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amountAtStake()).isEqualTo(usd("18.49"));
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsAgreedInterest() {
        assertQuiet(checkWith(stateWith(JANUARY, InterestTerms.agreed("9", 0), "18.49")), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsAnOverdueInvoiceWithoutInterest() {
        assertQuiet(checkWith(stateWith(JANUARY, InterestTerms.none(), null)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void leavesOtherClientsReceivablesOutOfTheReport() {
        Invoice beta = betaInvoice("INV-X1").fee(PARTNER, MONDAY, "5").build().finalise();
        ReceivableState state = stateWith(beta, InterestTerms.none(), "18.49");
        assertThat(state.client()).isEqualTo(BETA);
        assertQuiet(checkWith(state), RULE);
    }
}
