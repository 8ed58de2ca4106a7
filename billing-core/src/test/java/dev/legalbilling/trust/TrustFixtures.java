package dev.legalbilling.trust;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

/** Named fixtures for trust tests: a fictional Illinois firm's IOLTA account and three clients. */
final class TrustFixtures {
    static final Currency USD = Currency.getInstance("USD");
    static final Jurisdiction ILLINOIS = Jurisdiction.of("US-IL");
    static final TrustAccount IOLTA = new TrustAccount(TrustAccountId.of("IOLTA-0001"), TrustAccountKind.IOLTA,
            "First Example Bank", USD, ILLINOIS);
    static final TrustAccount SEPARATE = new TrustAccount(TrustAccountId.of("TRUST-ACME-01"),
            TrustAccountKind.SEPARATE_INTEREST_BEARING, "First Example Bank", USD, ILLINOIS);
    static final TrustAccountingProfile ILLINOIS_PROFILE = TrustAccountingProfile.configurableDefaults(ILLINOIS, USD)
            .withRetentionYears(7);
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2025-03-31T17:00:00Z"), ZoneOffset.UTC);

    static final ClientId ACME = ClientId.of("C-1001");
    static final MatterId ACME_MATTER = MatterId.of("M-1001-01");
    static final LedgerId ACME_LEDGER = LedgerId.client(ACME, ACME_MATTER);
    static final ClientId BRAVO = ClientId.of("C-1002");
    static final MatterId BRAVO_MATTER = MatterId.of("M-1002-01");
    static final LedgerId BRAVO_LEDGER = LedgerId.client(BRAVO, BRAVO_MATTER);
    static final ClientId CARTER = ClientId.of("C-1003");
    static final MatterId CARTER_MATTER = MatterId.of("M-1003-01");
    static final LedgerId CARTER_LEDGER = LedgerId.client(CARTER, CARTER_MATTER);

    static final InvoiceNumber ACME_INVOICE = InvoiceNumber.of("INV-2025-031");
    static final InvoiceNumber BRAVO_INVOICE = InvoiceNumber.of("INV-2025-027");

    private TrustFixtures() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    static TrustJournal newJournal() {
        return TrustJournal.create(IOLTA, ILLINOIS_PROFILE, FIXED_CLOCK, JournalSink.NONE);
    }

    static TrustTransaction retainer(LedgerId ledger, String amount, int day) {
        return TrustTransaction.deposit(march(day), DepositPurpose.ADVANCE_FEE).credit(ledger, usd(amount))
                .reference("DEP-" + day).memo("Retainer per engagement letter").build();
    }

    static TrustTransaction payThirdParty(LedgerId ledger, String amount, int day, String check) {
        return TrustTransaction.disbursement(march(day), PayeeKind.THIRD_PARTY, "Cook County Clerk")
                .debit(ledger, usd(amount)).reference(check).build();
    }

    static EarnedFee earned(InvoiceNumber invoice, ClientId client, MatterId matter, String amount) {
        return new EarnedFee(invoice, client, matter, usd(amount));
    }
}
