package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME_INVOICE;
import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static dev.legalbilling.trust.TrustFixtures.march;
import static dev.legalbilling.trust.TrustFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import org.junit.jupiter.api.Test;

class TrustTransactionTest {
    @Test
    void depositToSeveralClientsIsOneBankDeposit() {
        TrustTransaction batch = TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("100.00")).credit(BRAVO_LEDGER, usd("250.00")).build();

        assertThat(batch.bankAmount()).isEqualTo(usd("350.00"));
        assertThat(batch.amountFor(BRAVO_LEDGER)).isEqualTo(usd("250.00"));
        assertThat(batch.isSplitDeposit()).isFalse();
    }

    @Test
    void rejectsDepositWithoutPurpose() {
        assertThatThrownBy(() -> TrustTransaction.builder(TransactionType.DEPOSIT, march(3))
                .credit(ACME_LEDGER, usd("1.00")).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("purpose");
    }

    @Test
    void rejectsFirmOnlyDeposit() {
        assertThatThrownBy(() -> TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(LedgerId.firmFunds(), usd("1.00")).build()).hasMessageContaining("FIRM_FUNDS_DEPOSIT");
    }

    @Test
    void rejectsNonPositiveAmounts() {
        assertThatThrownBy(() -> TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("0.00"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TrustTransaction.refund(march(3)).debit(ACME_LEDGER, usd("-5.00")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsFieldsThatDoNotApplyToTheKind() {
        assertThatThrownBy(() -> TrustTransaction.refund(march(3)).debit(ACME_LEDGER, usd("5.00"))
                .invoice(ACME_INVOICE).build()).hasMessageContaining("invoice does not apply to a REFUND");
        assertThatThrownBy(() -> TrustTransaction.refund(march(3)).debit(ACME_LEDGER, usd("5.00"))
                .purpose(DepositPurpose.ADVANCE_FEE).build()).hasMessageContaining("purpose");
    }

    @Test
    void requiresOneDebitFromAClientForATransfer() {
        assertThatThrownBy(() -> TrustTransaction.earnedFeeTransfer(march(3), ACME_INVOICE)
                .debit(LedgerId.firmFunds(), usd("5.00")).build()).hasMessageContaining("cannot be used");
        assertThatThrownBy(() -> TrustTransaction.earnedFeeTransfer(march(3), ACME_INVOICE)
                .debit(ACME_LEDGER, usd("5.00")).debit(BRAVO_LEDGER, usd("5.00")).build())
                .hasMessageContaining("exactly one");
    }

    @Test
    void requiresPayeeForADisbursementButNeverEchoesIt() {
        assertThatThrownBy(() -> TrustTransaction.builder(TransactionType.DISBURSEMENT, march(3))
                .debit(ACME_LEDGER, usd("5.00")).build()).hasMessageContaining("payeeKind");
        assertThatThrownBy(() -> TrustTransaction.disbursement(march(3), PayeeKind.CLIENT, " Jane Roe "))
                .hasMessageContaining("withheld").hasMessageNotContaining("Jane");
    }

    @Test
    void requiresDisbursementOfUnidentifiedFundsToNameItsDeposit() {
        assertThatThrownBy(() -> TrustTransaction.disbursement(march(3), PayeeKind.THIRD_PARTY, "Remitter")
                .debit(LedgerId.unidentified(), usd("5.00")).build()).hasMessageContaining("resolves");
        assertThatThrownBy(() -> TrustTransaction.disbursement(march(3), PayeeKind.THIRD_PARTY, "Remitter")
                .debit(ACME_LEDGER, usd("5.00")).resolves(TrustEntryId.of(IOLTA.id(), 1)).build())
                .hasMessageContaining("resolves");
    }

    @Test
    void identificationMovesEqualAmountsFromUnidentifiedToAClient() {
        TrustTransaction id = TrustTransaction.identification(march(3), TrustEntryId.of(IOLTA.id(), 1), ACME_LEDGER,
                usd("5.00")).build();

        assertThat(id.bankAmount().isZero()).isTrue();
        assertThatThrownBy(() -> TrustTransaction.builder(TransactionType.IDENTIFICATION, march(3))
                .resolves(TrustEntryId.of(IOLTA.id(), 1)).debit(LedgerId.unidentified(), usd("5.00"))
                .credit(ACME_LEDGER, usd("4.00")).build()).hasMessageContaining("equal credit");
    }

    @Test
    void rejectsMixedCurrencies() {
        assertThatThrownBy(() -> TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("1.00")).credit(BRAVO_LEDGER, Money.of("1.00", "EUR")).build())
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void rejectsTheSameLedgerTwice() {
        assertThatThrownBy(() -> TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("1.00")).credit(ACME_LEDGER, usd("2.00")).build())
                .hasMessageContaining("same ledger twice");
    }

    @Test
    void rejectsUnpairedSurrogatesInTheMemo() {
        assertThatThrownBy(() -> TrustTransaction.refund(march(3)).memo("bad \uD800 text"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("surrogate");
    }

    @Test
    void ledgerIdsNeedAClientExactlyForClientLedgers() {
        assertThatThrownBy(() -> new LedgerId(LedgerKind.CLIENT, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LedgerId(LedgerKind.FIRM_FUNDS, TrustFixtures.ACME, null))
                .isInstanceOf(InvalidValueException.class);
        assertThat(ACME_LEDGER.toString()).isEqualTo("client C-1001/M-1001-01");
    }
}
