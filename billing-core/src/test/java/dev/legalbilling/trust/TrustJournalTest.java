package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME;
import static dev.legalbilling.trust.TrustFixtures.ACME_INVOICE;
import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.ACME_MATTER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_INVOICE;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_MATTER;
import static dev.legalbilling.trust.TrustFixtures.CARTER_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.FIXED_CLOCK;
import static dev.legalbilling.trust.TrustFixtures.ILLINOIS_PROFILE;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static dev.legalbilling.trust.TrustFixtures.SEPARATE;
import static dev.legalbilling.trust.TrustFixtures.earned;
import static dev.legalbilling.trust.TrustFixtures.march;
import static dev.legalbilling.trust.TrustFixtures.newJournal;
import static dev.legalbilling.trust.TrustFixtures.payThirdParty;
import static dev.legalbilling.trust.TrustFixtures.retainer;
import static dev.legalbilling.trust.TrustFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustJournalTest {
    private final TrustJournal journal = newJournal();

    private void assertUnchanged(int size, JournalHash head) {
        assertThat(journal.size()).isEqualTo(size);
        assertThat(journal.headHash()).isEqualTo(head);
    }

    @Test
    void recordsDepositAndDerivesClientLedger() {
        TrustEntry entry = journal.post(retainer(ACME_LEDGER, "20000.00", 3));

        assertThat(entry.id()).isEqualTo(TrustEntryId.of(IOLTA.id(), 1));
        assertThat(entry.previousHash()).isEqualTo(TrustEntryCanonicalForm.genesis(IOLTA));
        assertThat(entry.recordedAt()).isEqualTo(FIXED_CLOCK.instant());
        assertThat(journal.balance()).isEqualTo(usd("20000.00"));
        TrustLedger ledger = journal.ledger(ACME_LEDGER, march(31));
        assertThat(ledger.balance()).isEqualTo(usd("20000.00"));
        assertThat(ledger.lines()).singleElement().satisfies(l -> {
            assertThat(l.entry()).isEqualTo(entry.id());
            assertThat(l.balanceAfter()).isEqualTo(usd("20000.00"));
        });
        assertThat(journal.headHash()).isEqualTo(entry.hash());
    }

    @Test
    void refusesDisbursementThatWouldMakeClientLedgerNegativeAndRecordsNothing() {
        journal.post(retainer(ACME_LEDGER, "4000.00", 3));
        JournalHash head = journal.headHash();

        NegativeLedgerBalanceException e = catchThrowableOfType(NegativeLedgerBalanceException.class,
                () -> journal.post(payThirdParty(ACME_LEDGER, "5000.00", 7, "1041")));

        assertThat(e.code()).isEqualTo("TRUST_NEGATIVE_BALANCE");
        assertThat(e.ledger()).isEqualTo(ACME_LEDGER);
        assertThat(e.requested()).isEqualTo(usd("5000.00"));
        assertThat(e.available()).isEqualTo(usd("4000.00"));
        assertThat(e.resultingBalance()).isEqualTo(usd("-1000.00"));
        assertThat(e.getMessage()).contains("C-1001", "USD 5000.00", "USD -1000.00", "USD 4000.00")
                .doesNotContain("Cook County Clerk");
        assertUnchanged(1, head);
        assertThat(journal.ledger(ACME_LEDGER, march(31)).balance()).isEqualTo(usd("4000.00"));
    }

    @Test
    void refusesOneClientsMoneyPayingAnothersDebt() {
        journal.post(retainer(ACME_LEDGER, "20000.00", 3));

        assertThatThrownBy(() -> journal.post(payThirdParty(BRAVO_LEDGER, "100.00", 4, "1042")))
                .isInstanceOf(NegativeLedgerBalanceException.class).hasMessageContaining("C-1002");
    }

    @Test
    void refusesBackdatedWithdrawalWhenTheLedgerLackedTheMoneyOnThatDate() {
        journal.post(retainer(ACME_LEDGER, "1000.00", 10));

        NegativeLedgerBalanceException e = catchThrowableOfType(NegativeLedgerBalanceException.class,
                () -> journal.post(payThirdParty(ACME_LEDGER, "500.00", 5, "1043")));

        assertThat(e.negativeOn()).isEqualTo(march(5));
        assertThat(e.available()).isEqualTo(usd("0.00"));
    }

    @Test
    void refusesBackdatedWithdrawalThatWouldOverdrawALaterDay() {
        journal.post(retainer(ACME_LEDGER, "1000.00", 3));
        journal.post(payThirdParty(ACME_LEDGER, "800.00", 20, "1044"));

        NegativeLedgerBalanceException e = catchThrowableOfType(NegativeLedgerBalanceException.class,
                () -> journal.post(payThirdParty(ACME_LEDGER, "300.00", 10, "1045")));

        assertThat(e.negativeOn()).isEqualTo(march(20));
        assertThat(e.available()).isEqualTo(usd("200.00"));
        assertThat(e.resultingBalance()).isEqualTo(usd("-100.00"));
    }

    @Test
    void refusesSplitDepositWhenTheProfileForbidsIt() {
        TrustTransaction split = TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("900.00")).divertedToOperating(usd("100.00")).build();

        assertThat(split.isSplitDeposit()).isTrue();
        assertThatThrownBy(() -> journal.post(split)).isInstanceOf(SplitDepositException.class)
                .hasMessageContaining("US-IL").extracting(e -> ((BillingException) e).code())
                .isEqualTo("TRUST_SPLIT_DEPOSIT");
        assertThat(journal.size()).isZero();
    }

    @Test
    void refusesDepositMixingClientAndFirmMoneyWhenSplitDepositsAreForbidden() {
        TrustTransaction mixed = TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("900.00")).credit(LedgerId.firmFunds(), usd("100.00")).build();

        assertThatThrownBy(() -> journal.post(mixed)).isInstanceOf(SplitDepositException.class);
    }

    @Test
    void acceptsSplitDepositWhenTheProfileAllowsIt() {
        TrustJournal permissive = TrustJournal.create(IOLTA, ILLINOIS_PROFILE.withSplitDepositsAllowed(true),
                FIXED_CLOCK, JournalSink.NONE);

        TrustEntry entry = permissive.post(TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, usd("900.00")).divertedToOperating(usd("100.00")).build());

        assertThat(entry.transaction().isSplitDeposit()).isTrue();
        assertThat(permissive.balance()).isEqualTo(usd("900.00"));
    }

    @Test
    void keepsFirmFundsWithinTheBankChargeCushion() {
        journal.post(TrustTransaction.firmFundsDeposit(march(1), usd("300.00")));

        FirmFundsLimitException e = catchThrowableOfType(FirmFundsLimitException.class,
                () -> journal.post(TrustTransaction.firmFundsDeposit(march(2), usd("250.00"))));

        assertThat(e.limit()).isEqualTo(usd("500.00"));
        assertThat(e.resultingBalance()).isEqualTo(usd("550.00"));
        journal.post(TrustTransaction.firmFundsDeposit(march(2), usd("200.00")));
        assertThat(journal.ledger(LedgerId.firmFunds(), march(31)).balance()).isEqualTo(usd("500.00"));
    }

    @Test
    void refusesBankChargeWhenFirmFundsCannotCoverIt() {
        assertThatThrownBy(() -> journal.post(TrustTransaction.bankCharge(march(31), usd("25.00"))))
                .isInstanceOf(NegativeLedgerBalanceException.class).hasMessageContaining("firm funds");
    }

    @Test
    void keepsAdvanceFlatFeeInTrustUntilInvoiced() {
        journal.post(TrustTransaction.deposit(march(5), DepositPurpose.ADVANCE_FEE)
                .credit(ACME_LEDGER, usd("5000.00")).memo("Flat fee: nonrefundable, earned on receipt").build());
        TrustTransaction transfer = TrustTransaction.earnedFeeTransfer(march(5), ACME_INVOICE)
                .debit(ACME_LEDGER, usd("5000.00")).build();

        UnearnedFeeTransferException e = catchThrowableOfType(UnearnedFeeTransferException.class,
                () -> journal.post(transfer));

        assertThat(e.earnedUndisputed()).isEqualTo(usd("0.00"));
        assertThat(e.getMessage()).contains("INV-2025-031", "USD 5000.00").doesNotContain("nonrefundable");
        assertThat(journal.size()).isEqualTo(1);
    }

    @Test
    void transfersEarnedFeesOnlyUpToWhatIsInvoicedAndUndisputed() {
        journal.post(retainer(ACME_LEDGER, "10000.00", 3));
        EarnedFees fees = EarnedFees.of(earned(ACME_INVOICE, ACME, ACME_MATTER, "4200.00"));

        TrustEntry first = journal.post(TrustTransaction.earnedFeeTransfer(march(28), ACME_INVOICE)
                .debit(ACME_LEDGER, usd("3000.00")).authorisedBy(TimekeeperId.of("TK-PARTNER")).build(), fees);
        UnearnedFeeTransferException e = catchThrowableOfType(UnearnedFeeTransferException.class,
                () -> journal.post(TrustTransaction.earnedFeeTransfer(march(29), ACME_INVOICE)
                        .debit(ACME_LEDGER, usd("1500.00")).build(), fees));

        assertThat(first.transaction().earnedUndisputedAtPosting()).contains(usd("4200.00"));
        assertThat(e.alreadyTransferred()).isEqualTo(usd("3000.00"));
        assertThat(e.getMessage()).contains("at most USD 1200.00");
        journal.post(TrustTransaction.earnedFeeTransfer(march(29), ACME_INVOICE)
                .debit(ACME_LEDGER, usd("1200.00")).build(), fees);
        assertThat(journal.ledger(ACME_LEDGER, march(31)).balance()).isEqualTo(usd("5800.00"));
    }

    @Test
    void refusesTransferFromAnotherClientsLedger() {
        journal.post(retainer(BRAVO_LEDGER, "10000.00", 3));
        EarnedFees fees = EarnedFees.of(earned(ACME_INVOICE, ACME, ACME_MATTER, "4200.00"));

        assertThatThrownBy(() -> journal.post(TrustTransaction.earnedFeeTransfer(march(28), ACME_INVOICE)
                .debit(BRAVO_LEDGER, usd("100.00")).build(), fees))
                .isInstanceOf(InvalidTrustTransactionException.class)
                .hasMessageContaining("INV-2025-031").hasMessageContaining("C-1002");
    }

    @Test
    void appliesRetainerAsTransferAndReceivablePaymentTogether() {
        journal.post(retainer(BRAVO_LEDGER, "10000.00", 3));
        EarnedFees fees = EarnedFees.of(earned(BRAVO_INVOICE, BRAVO, BRAVO_MATTER, "4200.00"));

        RetainerApplication applied = journal.applyRetainer(BRAVO_LEDGER, BRAVO_INVOICE, usd("4200.00"), march(31),
                fees);

        assertThat(applied.transfer().type()).isEqualTo(TransactionType.EARNED_FEE_TRANSFER);
        assertThat(applied.payment()).isEqualTo(new PaymentFromTrust(BRAVO_INVOICE, usd("4200.00"), march(31),
                applied.transfer().id()));
        assertThat(journal.ledger(BRAVO_LEDGER, march(31)).balance()).isEqualTo(usd("5800.00"));
    }

    @Test
    void appliesRetainerInFullUpToTheSmallerOfBalanceAndEarnedFees() {
        journal.post(retainer(BRAVO_LEDGER, "3000.00", 3));
        EarnedFees fees = EarnedFees.of(earned(BRAVO_INVOICE, BRAVO, BRAVO_MATTER, "4200.00"));

        RetainerApplication applied = journal.applyRetainerInFull(BRAVO_LEDGER, BRAVO_INVOICE, march(31), fees);

        assertThat(applied.payment().amount()).isEqualTo(usd("3000.00"));
        assertThat(journal.ledger(BRAVO_LEDGER, march(31)).balance()).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> journal.applyRetainerInFull(BRAVO_LEDGER, BRAVO_INVOICE, march(31), fees))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("nothing to apply");
    }

    @Test
    void correctsByReversingEntryOnlyOnce() {
        TrustEntry wrong = journal.post(retainer(ACME_LEDGER, "2000.00", 3));
        TrustEntry reversal = journal.reverse(wrong.id(), march(4), "Posted to the wrong matter");

        assertThat(reversal.type()).isEqualTo(TransactionType.REVERSAL);
        assertThat(reversal.transaction().reverses()).contains(wrong.id());
        assertThat(reversal.postings()).containsExactly(new Posting(ACME_LEDGER, usd("-2000.00")));
        assertThat(journal.balance()).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> journal.reverse(wrong.id(), march(5), null))
                .isInstanceOf(InvalidTrustTransactionException.class).hasMessageContaining("already been reversed");
        assertThatThrownBy(() -> journal.reverse(reversal.id(), march(5), null))
                .isInstanceOf(InvalidTrustTransactionException.class).hasMessageContaining("itself a reversal");
        assertThat(journal.entries()).hasSize(2);
    }

    @Test
    void refusesReversingADepositThatHasBeenSpent() {
        TrustEntry deposit = journal.post(retainer(ACME_LEDGER, "2000.00", 3));
        journal.post(payThirdParty(ACME_LEDGER, "1500.00", 4, "1046"));

        assertThatThrownBy(() -> journal.reverse(deposit.id(), march(5), null))
                .isInstanceOf(NegativeLedgerBalanceException.class);
    }

    @Test
    void refusesReversalDatedBeforeItsOriginalAndOfUnknownEntries() {
        TrustEntry deposit = journal.post(retainer(ACME_LEDGER, "2000.00", 10));

        assertThatThrownBy(() -> journal.reverse(deposit.id(), march(9), null))
                .isInstanceOf(InvalidTrustTransactionException.class).hasMessageContaining("dated before");
        assertThatThrownBy(() -> journal.reverse(TrustEntryId.of(IOLTA.id(), 9), march(11), null))
                .isInstanceOf(InvalidValueException.class);
        TrustTransaction forged = TrustTransaction.builder(TransactionType.REVERSAL, march(11))
                .reverses(deposit.id()).posting(new Posting(ACME_LEDGER, usd("-1000.00"))).build();
        assertThatThrownBy(() -> journal.post(forged)).isInstanceOf(InvalidTrustTransactionException.class)
                .hasMessageContaining("opposite sign");
    }

    @Test
    void reversingATransferRestoresRoomUnderTheEarnedAmount() {
        journal.post(retainer(ACME_LEDGER, "10000.00", 3));
        EarnedFees fees = EarnedFees.of(earned(ACME_INVOICE, ACME, ACME_MATTER, "4000.00"));
        TrustEntry transfer = journal.post(TrustTransaction.earnedFeeTransfer(march(10), ACME_INVOICE)
                .debit(ACME_LEDGER, usd("4000.00")).build(), fees);

        TrustEntry reversal = journal.reverse(transfer.id(), march(11), "Wrong amount");

        assertThat(reversal.transaction().invoice()).contains(ACME_INVOICE);
        journal.post(TrustTransaction.earnedFeeTransfer(march(11), ACME_INVOICE)
                .debit(ACME_LEDGER, usd("4000.00")).build(), fees);
        assertThat(journal.feeTransfers(fees)).singleElement().satisfies(s -> {
            assertThat(s.transferred()).isEqualTo(usd("4000.00"));
            assertThat(s.unearnedWithdrawal()).isFalse();
        });
    }

    @Test
    void flagsUnearnedWithdrawalWhenTheClientLaterDisputesTheInvoice() {
        journal.post(retainer(ACME_LEDGER, "10000.00", 3));
        journal.post(TrustTransaction.earnedFeeTransfer(march(10), ACME_INVOICE).debit(ACME_LEDGER, usd("4000.00"))
                .build(), EarnedFees.of(earned(ACME_INVOICE, ACME, ACME_MATTER, "4000.00")));

        List<FeeTransferStatus> now = journal.feeTransfers(
                EarnedFees.of(earned(ACME_INVOICE, ACME, ACME_MATTER, "2500.00")));

        assertThat(now).singleElement().satisfies(s -> {
            assertThat(s.unearnedWithdrawal()).isTrue();
            assertThat(s.excess()).isEqualTo(usd("1500.00"));
            assertThat(s.ledger()).isEqualTo(ACME_LEDGER);
        });
        assertThat(journal.feeTransfers(EarnedFees.none())).singleElement()
                .satisfies(s -> assertThat(s.invoiceKnown()).isFalse());
    }

    @Test
    void identifiesUnidentifiedFundsAndTracksWhatRemains() {
        TrustEntry unknown = journal.post(TrustTransaction.deposit(march(20), DepositPurpose.CLIENT_FUNDS)
                .credit(LedgerId.unidentified(), usd("1250.00")).reference("DEP-0320").build());
        assertThat(journal.unidentifiedFunds(march(22))).singleElement().satisfies(u -> {
            assertThat(u.unresolved()).isEqualTo(usd("1250.00"));
            assertThat(u.daysOutstanding()).isEqualTo(2);
        });

        journal.post(TrustTransaction.identification(march(24), unknown.id(), CARTER_LEDGER, usd("1000.00")).build());

        assertThat(journal.unidentifiedFunds(march(24))).singleElement()
                .satisfies(u -> assertThat(u.unresolved()).isEqualTo(usd("250.00")));
        assertThat(journal.unidentifiedFunds(march(23))).singleElement()
                .satisfies(u -> assertThat(u.unresolved()).isEqualTo(usd("1250.00")));
        assertThat(journal.ledger(CARTER_LEDGER, march(31)).balance()).isEqualTo(usd("1000.00"));
        assertThat(journal.balance()).isEqualTo(usd("1250.00"));
        assertThatThrownBy(() -> journal.post(
                TrustTransaction.identification(march(25), unknown.id(), ACME_LEDGER, usd("300.00")).build()))
                .isInstanceOf(InvalidTrustTransactionException.class).hasMessageContaining("USD 250.00");
        journal.post(TrustTransaction.disbursement(march(28), PayeeKind.THIRD_PARTY, "Returned to remitter")
                .debit(LedgerId.unidentified(), usd("250.00")).resolves(unknown.id()).build());
        assertThat(journal.unidentifiedFunds(march(31))).isEmpty();
    }

    @Test
    void refusesToReverseAnUnidentifiedDepositAlreadyPartlyIdentified() {
        TrustEntry unknown = journal.post(TrustTransaction.deposit(march(20), DepositPurpose.CLIENT_FUNDS)
                .credit(LedgerId.unidentified(), usd("1250.00")).build());
        TrustEntry identified = journal.post(
                TrustTransaction.identification(march(24), unknown.id(), CARTER_LEDGER, usd("1250.00")).build());

        assertThatThrownBy(() -> journal.reverse(unknown.id(), march(25), null))
                .isInstanceOf(InvalidTrustTransactionException.class).hasMessageContaining("reverse those entries");
        journal.reverse(identified.id(), march(25), null);
        journal.reverse(unknown.id(), march(25), null);
        assertThat(journal.unidentifiedFunds(march(31))).isEmpty();
        assertThat(journal.balance()).isEqualTo(usd("0.00"));
    }

    @Test
    void refusesInterestOnIoltaButCreditsItToTheClientOfASeparateAccount() {
        assertThatThrownBy(() -> journal.post(TrustTransaction.interest(march(31), ACME_LEDGER, usd("1.25"))))
                .isInstanceOf(InvalidTrustTransactionException.class).hasMessageContaining("IOLTA foundation");

        TrustJournal separate = TrustJournal.create(SEPARATE, ILLINOIS_PROFILE, FIXED_CLOCK, JournalSink.NONE);
        separate.post(retainer(ACME_LEDGER, "100000.00", 3));
        separate.post(TrustTransaction.interest(march(31), ACME_LEDGER, usd("41.10")));
        assertThat(separate.ledger(ACME_LEDGER, march(31)).balance()).isEqualTo(usd("100041.10"));
    }

    @Test
    void refusesTransactionInAnotherCurrency() {
        TrustTransaction euros = TrustTransaction.deposit(march(3), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_LEDGER, Money.of("10.00", "EUR")).build();

        assertThatThrownBy(() -> journal.post(euros)).isInstanceOf(InvalidTrustTransactionException.class)
                .hasMessageContaining("EUR");
    }

    @Test
    void recordsNothingWhenTheSinkCannotStoreTheEntry() {
        List<TrustEntry> stored = new ArrayList<>();
        TrustJournal failing = TrustJournal.create(IOLTA, ILLINOIS_PROFILE, FIXED_CLOCK, entry -> {
            if (entry.sequence() == 2) {
                throw new BillingException("TEST_DISK_FULL", "disk full");
            }
            stored.add(entry);
        });
        failing.post(retainer(ACME_LEDGER, "100.00", 3));
        JournalHash head = failing.headHash();

        assertThatThrownBy(() -> failing.post(retainer(ACME_LEDGER, "200.00", 4))).hasMessage("disk full");

        assertThat(failing.size()).isEqualTo(1);
        assertThat(failing.headHash()).isEqualTo(head);
        assertThat(failing.balance()).isEqualTo(usd("100.00"));
        assertThat(stored).hasSize(1);
    }

    @Test
    void listsMoneyStillHeldForClosedMatters() {
        journal.post(retainer(ACME_LEDGER, "500.00", 3));
        journal.post(retainer(BRAVO_LEDGER, "700.00", 3));
        journal.post(TrustTransaction.refund(march(10)).debit(BRAVO_LEDGER, usd("700.00")).build());

        List<HeldFunds> held = journal.heldAfterClosing(
                Map.of(ACME_LEDGER, march(5), BRAVO_LEDGER, march(5)), LocalDate.of(2025, 4, 30));

        assertThat(held).singleElement().satisfies(h -> {
            assertThat(h.ledger()).isEqualTo(ACME_LEDGER);
            assertThat(h.balance()).isEqualTo(usd("500.00"));
            assertThat(h.daysSinceClosing()).isEqualTo(56);
        });
    }

    @Test
    void keepsMemosAndPayeesOutOfToString() {
        TrustEntry deposit = journal.post(retainer(ACME_LEDGER, "500.00", 3));
        TrustEntry paid = journal.post(payThirdParty(ACME_LEDGER, "100.00", 4, "1047"));

        assertThat(deposit.toString()).contains("C-1001", "USD 500.00").doesNotContain("engagement letter");
        assertThat(paid.toString()).doesNotContain("Cook County");
        assertThat(journal.toString()).contains("IOLTA-0001", "2 entries");
    }

    @Test
    void computesLedgersAsOfADateWhateverThePostingOrder() {
        journal.post(retainer(ACME_LEDGER, "500.00", 20));
        journal.post(retainer(ACME_LEDGER, "300.00", 5));

        assertThat(journal.ledger(ACME_LEDGER, march(10)).balance()).isEqualTo(usd("300.00"));
        assertThat(journal.balanceAsOf(march(10))).isEqualTo(usd("300.00"));
        assertThat(journal.ledger(ACME_LEDGER, march(31)).lines()).extracting(LedgerLine::date)
                .containsExactly(march(5), march(20));
    }

    @Test
    void refusesProfileOfAnotherJurisdiction() {
        TrustAccountingProfile florida = TrustAccountingProfile.configurableDefaults(
                Jurisdiction.of("US-FL"), TrustFixtures.USD);

        assertThatThrownBy(() -> TrustJournal.inMemory(IOLTA, florida)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("US-IL");
    }

    @Test
    void transferNamesTheInvoiceItIsTiedTo() {
        InvoiceNumber other = InvoiceNumber.of("INV-OTHER");
        journal.post(retainer(ACME_LEDGER, "1000.00", 3));

        assertThatThrownBy(() -> journal.post(TrustTransaction.earnedFeeTransfer(march(4), other)
                .debit(ACME_LEDGER, usd("10.00")).build(),
                EarnedFees.of(earned(ACME_INVOICE, ACME, ACME_MATTER, "100.00"))))
                .isInstanceOf(UnearnedFeeTransferException.class).hasMessageContaining("INV-OTHER");
    }
}
