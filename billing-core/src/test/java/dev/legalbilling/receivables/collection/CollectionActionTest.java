package dev.legalbilling.receivables.collection;

import static dev.legalbilling.receivables.SampleFirm.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.Fixtures;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.SampleFirm;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectionActionTest {
    private static final ReceivablesLedger FIRM = SampleFirm.ledger();
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Test
    void takesItsFactsFromTheLedgerOnTheActionDate() {
        CollectionAction suit = CollectionAction.forInvoices(FIRM, CollectionActionType.LAWSUIT, MAY_1,
                List.of(SampleFirm.INV_0103), SourceOfFunds.CLIENT_PAYMENT);
        assertThat(suit.client()).isEqualTo(SampleFirm.CORVUS);
        assertThat(suit.matterIfOne()).contains(SampleFirm.CORVUS_PATENT.id());
        assertThat(suit.jurisdiction()).isEqualTo(Jurisdiction.of("US-NY"));
        assertThat(suit.isCivilMatter()).isTrue();
        assertThat(suit.amountClaimed()).isEqualTo(usd("15087.50"));
        assertThat(suit.amountInDispute()).isEqualTo(usd("4000.00"));
        assertThat(suit.earnedUndisputedBalance()).isEqualTo(usd("11087.50"));
        assertThat(suit.arbitrationNoticeServed()).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void sumsSeveralInvoicesOfOneClient() {
        CollectionAction demand = CollectionAction.forInvoices(FIRM, CollectionActionType.DEMAND_LETTER, MAY_1,
                List.of(SampleFirm.INV_0101, SampleFirm.INV_0201), SourceOfFunds.CLIENT_PAYMENT);
        assertThat(demand.amountClaimed()).isEqualTo(usd("7458.00"));
        assertThat(demand.matterIfOne()).isEmpty();
        assertThat(demand.amountInDispute().isZero()).isTrue();
        assertThat(demand.arbitrationNoticeServedIfAny()).isEmpty();
    }

    @Test
    void takingTrustFundsForADisputedBalanceIsFlagged() {
        CollectionAction fromTrust = CollectionAction.forInvoices(FIRM, CollectionActionType.DEMAND_LETTER, MAY_1,
                List.of(SampleFirm.INV_0103), SourceOfFunds.FUNDS_HELD_IN_TRUST);
        assertThat(fromTrust.takesTrustFundsWithoutEarnedUndisputedInvoice()).isTrue();
        assertThat(fromTrust.withAmountClaimed(usd("11087.50")).takesTrustFundsWithoutEarnedUndisputedInvoice())
                .isFalse();
        assertThat(fromTrust.withAmountClaimed(usd("11087.51")).takesTrustFundsWithoutEarnedUndisputedInvoice())
                .isTrue();
    }

    @Test
    void takingTrustFundsForAnUndisputedFinalInvoiceIsAllowed() {
        CollectionAction fromTrust = CollectionAction.forInvoices(FIRM, CollectionActionType.REMINDER, MAY_1,
                List.of(SampleFirm.INV_0201), SourceOfFunds.FUNDS_HELD_IN_TRUST);
        assertThat(fromTrust.takesFundsHeldInTrust()).isTrue();
        assertThat(fromTrust.takesTrustFundsWithoutEarnedUndisputedInvoice()).isFalse();
    }

    @Test
    void takingTrustFundsWithoutAnyInvoiceIsFlagged() {
        CollectionAction noInvoice = new CollectionAction(CollectionActionType.DEMAND_LETTER, MAY_1,
                SampleFirm.ACME, null, Set.of(), Jurisdiction.of("US-NY"), MatterType.GENERAL, usd("500.00"),
                usd("0.00"), usd("0.00"), null, SourceOfFunds.FUNDS_HELD_IN_TRUST);
        assertThat(noInvoice.takesTrustFundsWithoutEarnedUndisputedInvoice()).isTrue();
        CollectionAction clientPays = new CollectionAction(CollectionActionType.DEMAND_LETTER, MAY_1,
                SampleFirm.ACME, null, Set.of(), Jurisdiction.of("US-NY"), MatterType.GENERAL, usd("500.00"),
                usd("0.00"), usd("0.00"), null, SourceOfFunds.CLIENT_PAYMENT);
        assertThat(clientPays.takesTrustFundsWithoutEarnedUndisputedInvoice()).isFalse();
    }

    @Test
    void rejectsInvoicesOfSeveralClientsOrJurisdictionsAndSettledInvoices() {
        assertThatThrownBy(() -> CollectionAction.forInvoices(FIRM, CollectionActionType.REMINDER, MAY_1,
                List.of(SampleFirm.INV_0101, SampleFirm.INV_0302), SourceOfFunds.CLIENT_PAYMENT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("CORVUS");
        assertThatThrownBy(() -> CollectionAction.forInvoices(FIRM, CollectionActionType.REMINDER, MAY_1,
                List.of(SampleFirm.INV_0102), SourceOfFunds.CLIENT_PAYMENT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("nothing is open");
        Receivable ny = Fixtures.receivable("NY-1", Fixtures.CLIENT_A, Fixtures.JAN_1, "10.00");
        Receivable ca = new Receivable(Fixtures.inv("CA-1"), ny.client(), ny.matter(), ny.invoiceDate(),
                ny.dueDate(), ny.amount(), null, Jurisdiction.of("US-CA"), null, null);
        ReceivablesLedger both = ReceivablesLedger.of(List.of(ny, ca));
        assertThatThrownBy(() -> CollectionAction.forInvoices(both, CollectionActionType.LAWSUIT, MAY_1,
                List.of(ny.invoice(), ca.invoice()), SourceOfFunds.CLIENT_PAYMENT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("one action per jurisdiction");
    }

    @Test
    void rejectsANonPositiveClaim() {
        assertThatThrownBy(() -> new CollectionAction(CollectionActionType.REMINDER, MAY_1, SampleFirm.ACME, null,
                Set.of(), null, MatterType.GENERAL, usd("0.00"), usd("0.00"), usd("0.00"), null,
                SourceOfFunds.CLIENT_PAYMENT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("amountClaimed");
    }
}
