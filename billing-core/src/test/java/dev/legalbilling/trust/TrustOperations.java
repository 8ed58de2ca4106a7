package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME;
import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.ACME_MATTER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_MATTER;
import static dev.legalbilling.trust.TrustFixtures.CARTER;
import static dev.legalbilling.trust.TrustFixtures.CARTER_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.CARTER_MATTER;
import static dev.legalbilling.trust.TrustFixtures.FIXED_CLOCK;
import static dev.legalbilling.trust.TrustFixtures.ILLINOIS_PROFILE;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static dev.legalbilling.trust.TrustFixtures.march;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random trust operations for property tests: a mix of valid and invalid deposits, payments, transfers, reversals
 * and identifications, interpreted against the journal's current state, plus the invariants every journal must keep.
 */
final class TrustOperations {
    static final List<LedgerId> CLIENTS = List.of(ACME_LEDGER, BRAVO_LEDGER, CARTER_LEDGER);
    static final List<InvoiceNumber> INVOICES = List.of(InvoiceNumber.of("INV-A"), InvoiceNumber.of("INV-B"),
            InvoiceNumber.of("INV-C"));
    static final EarnedFees EARNED = EarnedFees.of(
            new EarnedFee(INVOICES.get(0), ACME, ACME_MATTER, Money.of("3000.00", "USD")),
            new EarnedFee(INVOICES.get(1), BRAVO, BRAVO_MATTER, Money.of("1500.00", "USD")),
            new EarnedFee(INVOICES.get(2), CARTER, CARTER_MATTER, Money.of("800.00", "USD")));
    static final LocalDate END = march(31);

    enum Kind {
        DEPOSIT, UNIDENTIFIED_DEPOSIT, SPLIT_DEPOSIT, DISBURSEMENT, TRANSFER, RETAINER_IN_FULL, REFUND,
        BANK_CHARGE, FIRM_FUNDS_DEPOSIT, IDENTIFICATION, RETURN_UNIDENTIFIED, REVERSAL
    }

    /** One random operation; {@code target} picks an earlier entry for reversals and identifications. */
    record Op(Kind kind, int client, long cents, int day, int target) {
        Money amount() {
            return Money.of(BigDecimal.valueOf(cents, 2), "USD");
        }

        LocalDate date() {
            return march(day);
        }
    }

    private TrustOperations() {
    }

    static Arbitrary<Op> op() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(1, 500_000), Arbitraries.integers().between(1, 31),
                Arbitraries.integers().between(0, 10_000)).as(Op::new);
    }

    static Arbitrary<List<Op>> ops(int minSize, int maxSize) {
        return op().list().ofMinSize(minSize).ofMaxSize(maxSize);
    }

    static TrustJournal newJournal() {
        return TrustJournal.create(IOLTA, ILLINOIS_PROFILE, FIXED_CLOCK, JournalSink.NONE);
    }

    /**
     * Attempts one operation.
     *
     * @return true when recorded, false when refused (a refusal must be a typed trust or validation error)
     */
    static boolean attempt(Op op, TrustJournal journal) {
        try {
            perform(op, journal);
            return true;
        } catch (TrustTransactionRefusedException | InvalidValueException refused) {
            return false;
        }
    }

    private static void perform(Op op, TrustJournal journal) {
        LedgerId client = CLIENTS.get(op.client());
        switch (op.kind()) {
            case DEPOSIT:
                journal.post(TrustTransaction.deposit(op.date(), DepositPurpose.values()[op.target() % 4])
                        .credit(client, op.amount()).reference("DEP-" + op.target()).build());
                break;
            case UNIDENTIFIED_DEPOSIT:
                journal.post(TrustTransaction.deposit(op.date(), DepositPurpose.CLIENT_FUNDS)
                        .credit(LedgerId.unidentified(), op.amount()).build());
                break;
            case SPLIT_DEPOSIT:
                journal.post(TrustTransaction.deposit(op.date(), DepositPurpose.CLIENT_FUNDS)
                        .credit(client, op.amount()).divertedToOperating(op.amount()).build());
                break;
            case DISBURSEMENT:
                journal.post(TrustTransaction.disbursement(op.date(), PayeeKind.THIRD_PARTY, "Payee " + op.target())
                        .debit(client, op.amount()).reference("CHK-" + op.target()).build());
                break;
            case TRANSFER:
                journal.post(TrustTransaction.earnedFeeTransfer(op.date(), INVOICES.get(op.target() % 3))
                        .debit(client, op.amount()).build(), EARNED);
                break;
            case RETAINER_IN_FULL:
                journal.applyRetainerInFull(client, INVOICES.get(op.client()), op.date(), EARNED);
                break;
            case REFUND:
                journal.post(TrustTransaction.refund(op.date()).debit(client, op.amount()).build());
                break;
            case BANK_CHARGE:
                journal.post(TrustTransaction.bankCharge(op.date(), Money.of(BigDecimal.valueOf(op.cents() % 5000 + 1,
                        2), "USD")));
                break;
            case FIRM_FUNDS_DEPOSIT:
                journal.post(TrustTransaction.firmFundsDeposit(op.date(), Money.of(BigDecimal.valueOf(
                        op.cents() % 40_000 + 1, 2), "USD")));
                break;
            case IDENTIFICATION:
            case RETURN_UNIDENTIFIED: {
                List<UnidentifiedFunds> open = journal.unidentifiedFunds(END);
                if (open.isEmpty()) {
                    throw new InvalidValueException("target", null, "no unidentified funds");
                }
                UnidentifiedFunds u = open.get(op.target() % open.size());
                Money amount = op.amount().min(u.unresolved());
                TrustTransaction tx = op.kind() == Kind.IDENTIFICATION
                        ? TrustTransaction.identification(op.date(), u.deposit(), client, amount).build()
                        : TrustTransaction.disbursement(op.date(), PayeeKind.THIRD_PARTY, "Remitter")
                                .debit(LedgerId.unidentified(), amount).resolves(u.deposit()).build();
                journal.post(tx);
                break;
            }
            case REVERSAL: {
                int size = journal.size();
                if (size == 0) {
                    throw new InvalidValueException("target", null, "nothing to reverse");
                }
                journal.reverse(TrustEntryId.of(IOLTA.id(), 1 + op.target() % size), op.date(), "correction");
                break;
            }
            default:
                throw new IllegalStateException(op.kind().toString());
        }
    }

    /** Asserts every invariant of a journal's current state. */
    static void assertInvariants(TrustJournal journal) {
        List<TrustEntry> entries = journal.entries();
        Money zero = Money.zero(TrustFixtures.USD);
        Money journalBalance = zero;
        for (TrustEntry e : entries) {
            journalBalance = journalBalance.plus(e.bankAmount());
        }
        List<TrustLedger> ledgers = JournalViews.ledgers(TrustFixtures.USD, entries, END);
        Money ledgerTotal = zero;
        for (TrustLedger l : ledgers) {
            ledgerTotal = ledgerTotal.plus(l.balance());
            assertThat(l.everNegative()).as("%s ever negative", l.id()).isFalse();
            if (l.id().isFirmFunds()) {
                assertThat(l.lines()).allSatisfy(line -> assertThat(line.balanceAfter())
                        .isLessThanOrEqualTo(ILLINOIS_PROFILE.bankChargeCushionMax()));
            }
        }
        assertThat(ledgerTotal).isEqualTo(journalBalance);
        assertThat(JournalViews.balanceAsOf(TrustFixtures.USD, entries, END)).isEqualTo(journalBalance);
        Money unresolved = zero;
        for (UnidentifiedFunds u : JournalViews.unidentifiedFunds(entries, END)) {
            unresolved = unresolved.plus(u.unresolved());
        }
        Money unidentifiedLedger = ledgers.stream().filter(l -> l.id().isUnidentified()).map(TrustLedger::balance)
                .findFirst().orElse(zero);
        assertThat(unresolved).isEqualTo(unidentifiedLedger);
        assertThat(JournalViews.feeTransfers(TrustFixtures.USD, entries, EARNED))
                .noneMatch(FeeTransferStatus::unearnedWithdrawal);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).sequence()).isEqualTo(i + 1L);
        }
    }
}
