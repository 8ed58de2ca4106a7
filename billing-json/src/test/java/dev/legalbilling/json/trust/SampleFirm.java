package dev.legalbilling.json.trust;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.EarnedFee;
import dev.legalbilling.trust.EarnedFees;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.PayeeKind;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountId;
import dev.legalbilling.trust.TrustAccountKind;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;

/**
 * A fictional four-client Illinois firm's IOLTA journal for March 2025, written through the public API: retainers,
 * a flat fee, advance costs, a settlement with a lien and a contingency fee, a real-estate closing, a correction by
 * reversal, unidentified funds later identified, earned-fee transfers, a refund, a bank charge and a deposit in
 * transit. The committed fixture {@code sample-firm-2025-03.journal.jsonl} is this method's output; run
 * {@link #main(String[])} with a path to regenerate it.
 */
final class SampleFirm {
    static final Currency USD = Currency.getInstance("USD");
    static final TrustAccount ACCOUNT = new TrustAccount(TrustAccountId.of("IOLTA-0001"), TrustAccountKind.IOLTA,
            "First Example Bank", USD, Jurisdiction.of("US-IL"));
    static final TrustAccountingProfile PROFILE = TrustAccountingProfile.configurableDefaults(
            Jurisdiction.of("US-IL"), USD).withRetentionYears(7)
            .withBasis("Illinois: quarterly three-way reconciliation, 7 years (fee-and-trust-rules.md section 4)");
    static final String JOURNAL_RESOURCE = "sample-firm-2025-03.journal.jsonl";
    static final String STATEMENT_RESOURCE = "sample-firm-2025-03.statement.json";

    static final LedgerId HALE = LedgerId.client(ClientId.of("C-1001"), MatterId.of("M-1001-01"));
    static final LedgerId NORTHWIND = LedgerId.client(ClientId.of("C-1002"), MatterId.of("M-1002-01"));
    static final LedgerId ORTIZ = LedgerId.client(ClientId.of("C-1003"), MatterId.of("M-1003-01"));
    static final LedgerId PARK = LedgerId.client(ClientId.of("C-1004"), MatterId.of("M-1004-01"));
    static final TimekeeperId PARTNER = TimekeeperId.of("TK-001");

    static final EarnedFees EARNED = EarnedFees.of(
            new EarnedFee(InvoiceNumber.of("INV-2025-031"), ClientId.of("C-1001"), MatterId.of("M-1001-01"),
                    usd("20000.00")),
            new EarnedFee(InvoiceNumber.of("INV-2025-027"), ClientId.of("C-1002"), MatterId.of("M-1002-01"),
                    usd("4200.00")),
            new EarnedFee(InvoiceNumber.of("INV-2025-033"), ClientId.of("C-1003"), MatterId.of("M-1003-01"),
                    usd("2500.00")));

    /** A clock the writer moves to each entry's business day, so recording times look like a real month. */
    static final class StepClock extends Clock {
        private Instant now = Instant.parse("2025-03-03T15:00:00Z");

        void at(LocalDate day, int hour, int minute) {
            now = day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private SampleFirm() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    /** Writes the month to a new journal file at {@code path}. */
    static void write(Path path) {
        StepClock clock = new StepClock();
        try (TrustJournalFile file = TrustJournalFile.create(path, ACCOUNT, PROFILE, clock)) {
            TrustJournal j = file.journal();
            clock.at(march(3), 9, 5);
            j.post(TrustTransaction.firmFundsDeposit(march(3), usd("300.00")).toBuilder().reference("XFER-0303")
                    .memo("Firm funds to cover bank charges").build());
            clock.at(march(3), 9, 40);
            j.post(TrustTransaction.deposit(march(3), DepositPurpose.ADVANCE_FEE).credit(NORTHWIND, usd("10000.00"))
                    .reference("DEP-0303").memo("Retainer: commercial lease dispute").build());
            clock.at(march(5), 10, 15);
            j.post(TrustTransaction.deposit(march(5), DepositPurpose.ADVANCE_FEE).credit(ORTIZ, usd("5000.00"))
                    .reference("DEP-0305A").memo("Flat fee for estate plan; held until earned (ABA Op. 505)")
                    .build());
            clock.at(march(5), 10, 16);
            j.post(TrustTransaction.deposit(march(5), DepositPurpose.ADVANCE_COSTS).credit(ORTIZ, usd("1500.00"))
                    .reference("DEP-0305B").memo("Advance for filing and recording costs").build());
            clock.at(march(7), 14, 2);
            j.post(TrustTransaction.disbursement(march(7), PayeeKind.THIRD_PARTY, "Cook County Clerk")
                    .debit(ORTIZ, usd("350.00")).reference("1041").memo("Recording fees").build());
            clock.at(march(10), 11, 30);
            j.post(TrustTransaction.deposit(march(10), DepositPurpose.SETTLEMENT_PROCEEDS)
                    .credit(HALE, usd("60000.00")).reference("WIRE-0310").memo("Settlement proceeds, auto accident")
                    .build());
            clock.at(march(12), 9, 10);
            TrustEntry misposted = j.post(TrustTransaction.disbursement(march(12), PayeeKind.THIRD_PARTY,
                    "Dr. A. Expert").debit(NORTHWIND, usd("1200.00")).reference("1042")
                    .memo("Expert witness retainer").build());
            clock.at(march(12), 9, 25);
            j.reverse(misposted.id(), march(12), "Posted to the wrong client ledger; reposted to C-1001");
            clock.at(march(12), 9, 26);
            j.post(TrustTransaction.disbursement(march(12), PayeeKind.THIRD_PARTY, "Dr. A. Expert")
                    .debit(HALE, usd("1200.00")).reference("1042").memo("Expert witness retainer").build());
            clock.at(march(14), 13, 0);
            j.post(TrustTransaction.deposit(march(14), DepositPurpose.CLIENT_FUNDS).credit(PARK, usd("250000.00"))
                    .reference("WIRE-0314").memo("Purchase funds for residential closing").build());
            clock.at(march(17), 10, 45);
            j.post(TrustTransaction.disbursement(march(17), PayeeKind.THIRD_PARTY, "Example Title Co.")
                    .debit(PARK, usd("248500.00")).reference("WIRE-0317").authorisedBy(PARTNER)
                    .memo("Closing: purchase price, title and recording").build());
            clock.at(march(18), 15, 5);
            j.post(TrustTransaction.disbursement(march(18), PayeeKind.THIRD_PARTY, "Mercy Hospital")
                    .debit(HALE, usd("8000.00")).reference("1043").memo("Medical lien per closing statement")
                    .build());
            clock.at(march(18), 15, 10);
            j.post(TrustTransaction.earnedFeeTransfer(march(18), InvoiceNumber.of("INV-2025-031"))
                    .debit(HALE, usd("20000.00")).reference("XFER-0318").authorisedBy(PARTNER)
                    .memo("Contingency fee, one third of gross, per closing statement").build(), EARNED);
            clock.at(march(19), 11, 0);
            j.post(TrustTransaction.disbursement(march(19), PayeeKind.CLIENT, "R. Hale")
                    .debit(HALE, usd("30000.00")).reference("1044").memo("Client's share per closing statement")
                    .build());
            clock.at(march(20), 16, 20);
            TrustEntry unknown = j.post(TrustTransaction.deposit(march(20), DepositPurpose.CLIENT_FUNDS)
                    .credit(LedgerId.unidentified(), usd("1250.00")).reference("DEP-0320")
                    .memo("Cashier's check, remitter not identified; search opened").build());
            clock.at(march(24), 9, 0);
            j.post(TrustTransaction.identification(march(24), unknown.id(), ORTIZ, usd("1250.00"))
                    .memo("Identified: additional costs deposit from the Ortiz estate").build());
            clock.at(march(28), 10, 0);
            j.post(TrustTransaction.earnedFeeTransfer(march(28), InvoiceNumber.of("INV-2025-033"))
                    .debit(ORTIZ, usd("2500.00")).reference("XFER-0328").authorisedBy(PARTNER)
                    .memo("Flat fee milestone earned: plan drafted").build(), EARNED);
            clock.at(march(28), 14, 30);
            j.post(TrustTransaction.disbursement(march(28), PayeeKind.THIRD_PARTY, "Lakeshore Court Reporting")
                    .debit(NORTHWIND, usd("640.00")).reference("1045").memo("Deposition transcript").build());
            clock.at(march(31), 10, 0);
            j.applyRetainer(NORTHWIND, InvoiceNumber.of("INV-2025-027"), usd("4200.00"), march(31), EARNED);
            clock.at(march(31), 11, 0);
            j.post(TrustTransaction.refund(march(31)).debit(PARK, usd("1500.00")).reference("1046")
                    .memo("Return of excess closing funds; matter closed").build());
            clock.at(march(31), 11, 30);
            j.post(TrustTransaction.bankCharge(march(31), usd("25.00")).toBuilder().reference("SVC-0331")
                    .memo("Monthly account fee").build());
            clock.at(march(31), 16, 45);
            j.post(TrustTransaction.deposit(march(31), DepositPurpose.ADVANCE_FEE).credit(NORTHWIND, usd("3000.00"))
                    .reference("DEP-0331").memo("Retainer replenishment").build());
        }
    }

    /**
     * Regenerates the fixture.
     *
     * @param args the path of the journal file to create
     */
    public static void main(String[] args) {
        write(Paths.get(args[0]));
    }
}
