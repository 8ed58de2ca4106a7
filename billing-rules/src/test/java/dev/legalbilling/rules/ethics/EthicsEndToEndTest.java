package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.betaInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.minutes;
import static dev.legalbilling.rules.ethics.EthicsFixtures.signedAgreement;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static dev.legalbilling.rules.ethics.TrustRecords.IOLTA;
import static dev.legalbilling.rules.ethics.TrustRecords.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.OwedIfLost;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.DisputeRaised;
import dev.legalbilling.receivables.InterestCharge;
import dev.legalbilling.receivables.PaymentTerms;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.CollectionActionType;
import dev.legalbilling.receivables.collection.SourceOfFunds;
import dev.legalbilling.rules.AdvanceFeeReceipt;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.EarnedFee;
import dev.legalbilling.trust.EarnedFees;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage example of docs/ethics-rules.md with every kind of input at once: a New York personal-injury matter on a
 * 40% contingent fee, the firm's other invoices, an expense cost, the trust journal with its latest reconciliation,
 * an advance-fee receipt, two collection steps and a receivable.
 */
class EthicsEndToEndTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);
    private static final InvoiceNumber INV_90 = InvoiceNumber.of("INV-90");

    @Test
    void everyKindOfInputReachesItsRule() {
        ContingencyTerms forty = ContingencyTerms.flat(Fraction.parse("40%"), Basis.NET,
                OwedIfLost.EXPENSES);
        Matter matter = matter("US-NY", MatterType.PERSONAL_INJURY, signedAgreement().contingency(forty)
                .outcome(new Recovery(LocalDate.of(2026, 3, 1), usd("2150000"), Stage.POST_FILING,
                        usd("150000"))).build());
        Invoice invoice = invoice("INV-100").contingentFee(LocalDate.of(2026, 3, 1), "800000")
                .feeWithActualTime(PARTNER, MONDAY, "0.5", minutes(12, 0)).fee(PARTNER, MONDAY, "14")
                .expense(MONDAY, "1", "80.00", "E107").build();
        Invoice otherClient = betaInvoice("INV-200").fee(PARTNER, MONDAY, "10", "Negotiate lease").build();

        TrustAccountingProfile monthly = PROFILE.withReconciliationFrequency(ReconciliationFrequency.MONTHLY);
        TrustJournal journal = TrustRecords.journal(monthly);
        LedgerId closedLedger = LedgerId.client(ACME);
        journal.post(TrustRecords.deposit(closedLedger, DepositPurpose.CLIENT_FUNDS, "1000.00",
                LocalDate.of(2025, 12, 1), "DEP-1"));
        ReconciliationReport january = ThreeWayReconciliation.reconcile(journal, BankStatement.of(IOLTA.id(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), usd("1000.00"), List.of(), List.of()));
        journal.post(TrustRecords.deposit(LedgerId.unidentified(), DepositPurpose.CLIENT_FUNDS, "750.00",
                LocalDate.of(2026, 3, 1), "WIRE-77"));
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.ADVANCE_FEE, "5000.00", LocalDate.of(2026, 3, 3),
                "DEP-2"));
        journal.post(TrustTransaction.earnedFeeTransfer(LocalDate.of(2026, 3, 20), INV_90)
                .debit(ACME_LEDGER, usd("3000.00")).build(),
                EarnedFees.of(new EarnedFee(INV_90, ACME, ACME_MATTER, usd("3000.00"))));
        journal.post(TrustTransaction.firmFundsDeposit(LocalDate.of(2026, 3, 3), usd("400.00")));

        Invoice january2026 = invoice("INV-K9").fee(PARTNER, MONDAY, "20").build().finalise();
        ReceivablesLedger receivables = ReceivablesLedger.of(List.of(Receivable.builder(january2026,
                PaymentTerms.standard()).jurisdiction(Jurisdiction.of("US-NY")).build()))
                .post(new DisputeRaised(january2026.number(), LocalDate.of(2026, 4, 2),
                        usd("5000.00")))
                .post(new InterestCharge(january2026.number(), LocalDate.of(2026, 4, 20), usd("12.00")));
        CollectionAction demandFromTrust = CollectionAction.forInvoices(receivables,
                CollectionActionType.DEMAND_LETTER, LocalDate.of(2026, 4, 25), List.of(january2026.number()),
                SourceOfFunds.FUNDS_HELD_IN_TRUST);

        EthicsContext ethics = EthicsContext.builder()
                .asOf(AS_OF)
                .otherInvoices(List.of(otherClient))
                .expenseCost(new ExpenseCost(invoice.number(), "4", usd("55.00"), false))
                .trustJournal(journal).trustReconciliation(january)
                .trustProfile(monthly.withBankChargeCushionMax(usd("300.00")))
                .earnedFees(EarnedFees.of(new EarnedFee(INV_90, ACME, ACME_MATTER, usd("2000.00"))))
                .closedMatter(closedLedger, LocalDate.of(2026, 1, 15))
                .advanceFees(List.of(new AdvanceFeeReceipt("R-2", ACME, ACME_MATTER, LocalDate.of(2026, 4, 10),
                        usd("2000.00"), true)))
                .collectionActions(List.of(demandFromTrust))
                .receivables(List.of(receivables.state(january2026.number(), AS_OF)))
                .build();
        RuleEngine engine = EthicsFixtures.engine();
        ComplianceReport report = engine.check(CheckRequest.of(invoice, matter, null).withEthics(ethics));

        assertThat(report.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "ETH-CONTINGENCY-CAP", "ETH-CLOSING-STATEMENT-MISSING", "ETH-DOUBLE-BILLING", "ETH-ROUNDING-UP",
                "ETH-EXPENSE-MARKUP", "ETH-INTEREST-WITHOUT-AGREEMENT", "ETH-TRUST-COMMINGLING",
                "ETH-TRUST-UNEARNED-WITHDRAWAL", "ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED", "ETH-TRUST-RECONCILIATION",
                "ETH-TRUST-STALE-BALANCE", "ETH-TRUST-UNIDENTIFIED-FUNDS", "ETH-FEE-ARBITRATION-NOTICE",
                "ETH-COLLECTION-ON-TRUST");
        Invoice adjusted = report.applyTo(invoice);
        // cap 800,000 -> 666,666.67; 0.5 h -> 0.2 h at 450; expense 80.00 -> 55.00
        assertThat(adjusted.total()).isEqualTo(invoice.total().minus(usd("133333.33")).minus(usd("135.00"))
                .minus(usd("25.00")));
    }
}
