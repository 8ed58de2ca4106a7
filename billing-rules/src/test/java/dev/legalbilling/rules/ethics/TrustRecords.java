package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.BETA;
import static dev.legalbilling.rules.ethics.EthicsFixtures.BETA_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;

import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.JournalSink;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountId;
import dev.legalbilling.trust.TrustAccountKind;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

/** A fictional Illinois firm's IOLTA account for the trust rules of the ethics pack. */
final class TrustRecords {
    static final Currency USD = Currency.getInstance("USD");
    static final Jurisdiction ILLINOIS = Jurisdiction.of("US-IL");
    static final TrustAccount IOLTA = new TrustAccount(TrustAccountId.of("IOLTA-1"), TrustAccountKind.IOLTA,
            "First Example Bank", USD, ILLINOIS);
    /** Quarterly reconciliation, a 500.00 bank-charge cushion: the library's configurable defaults. */
    static final TrustAccountingProfile PROFILE = TrustAccountingProfile.configurableDefaults(ILLINOIS, USD);
    static final LedgerId ACME_LEDGER = LedgerId.client(ACME, ACME_MATTER);
    static final LedgerId BETA_LEDGER = LedgerId.client(BETA, BETA_MATTER);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T17:00:00Z"), ZoneOffset.UTC);

    private TrustRecords() {
    }

    static TrustJournal journal() {
        return journal(PROFILE);
    }

    static TrustJournal journal(TrustAccountingProfile profile) {
        return TrustJournal.create(IOLTA, profile, CLOCK, JournalSink.NONE);
    }

    static TrustTransaction deposit(LedgerId ledger, DepositPurpose purpose, String amount, LocalDate date,
            String reference) {
        return TrustTransaction.deposit(date, purpose).credit(ledger, usd(amount)).reference(reference)
                .memo("Per engagement letter").build();
    }
}
