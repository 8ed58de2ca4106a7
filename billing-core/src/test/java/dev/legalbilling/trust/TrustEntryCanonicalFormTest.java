package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static dev.legalbilling.trust.TrustFixtures.march;
import static dev.legalbilling.trust.TrustFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustEntryCanonicalFormTest {
    private static final Instant RECORDED = Instant.parse("2025-03-03T14:00:00Z");
    private static final TrustEntryId FIRST = TrustEntryId.of(IOLTA.id(), 1);

    private static TrustTransaction retainer(String memo) {
        return TrustTransaction.deposit(march(3), DepositPurpose.ADVANCE_FEE).credit(ACME_LEDGER, usd("20000.00"))
                .reference("DEP-0303").memo(memo).build();
    }

    @Test
    void writesTheDocumentedCanonicalForm() {
        TrustEntry entry = TrustEntry.of(FIRST, RECORDED, retainer("Retainer | 50% \\ rest\nlater"),
                TrustEntryCanonicalForm.genesis(IOLTA));

        assertThat(TrustEntryCanonicalForm.of(entry)).isEqualTo("trust-entry/1\n"
                + "account=IOLTA-0001\n"
                + "sequence=1\n"
                + "recordedAt=2025-03-03T14:00:00Z\n"
                + "date=2025-03-03\n"
                + "type=DEPOSIT\n"
                + "currency=USD\n"
                + "postings=1\n"
                + "posting=CLIENT|C-1001|M-1001-01|20000.00\n"
                + "purpose=ADVANCE_FEE\n"
                + "payeeKind\n"
                + "payee\n"
                + "invoice\n"
                + "reference=DEP-0303\n"
                + "reverses\n"
                + "resolves\n"
                + "divertedToOperating\n"
                + "earnedUndisputedAtPosting\n"
                + "authorisedBy\n"
                + "memo=Retainer \\| 50% \\\\ rest\\u000alater\n"
                + "previous=" + TrustEntryCanonicalForm.genesis(IOLTA).hex() + "\n");
    }

    @Test
    void hashesTheAccountFormWithPlainSha256() {
        assertThat(TrustEntryCanonicalForm.ofAccount(IOLTA)).isEqualTo("trust-account/1\nid=IOLTA-0001\n"
                + "kind=IOLTA\nbank=First Example Bank\ncurrency=USD\njurisdiction=US-IL\n");
        // computed outside Java (Python hashlib.sha256 over the text above)
        assertThat(TrustEntryCanonicalForm.genesis(IOLTA).hex())
                .isEqualTo("cf3cb92ede202f8a42b42c6196df039b6bd9c259dfa20d2538949a474630e777");
    }

    @Test
    void pinsTheEntryHashSoTheFormatCannotDriftUnnoticed() {
        TrustEntry entry = TrustEntry.of(FIRST, RECORDED, retainer("Retainer per engagement letter"),
                JournalHash.of("0".repeat(64)));

        // computed outside Java (Python hashlib.sha256 over the documented canonical text of this entry)
        assertThat(entry.hash().hex()).isEqualTo("525a3cff4c27ab17e60f4b636e662fd5eed3cf7fcfdabcee5682230c638f00e5");
    }

    @Test
    void distinguishesAnAbsentFieldFromAnEmptyOne() {
        JournalHash previous = JournalHash.of("0".repeat(64));
        TrustEntry empty = TrustEntry.of(FIRST, RECORDED, retainer(""), previous);
        TrustEntry escapedNewline = TrustEntry.of(FIRST, RECORDED, retainer("\n"), previous);

        assertThat(TrustEntryCanonicalForm.of(empty)).contains("\nmemo=\n");
        assertThat(TrustEntryCanonicalForm.of(empty)).contains("\nauthorisedBy\n");
        assertThat(empty.hash()).isNotEqualTo(escapedNewline.hash());
    }

    @Test
    void cannotForgeAFieldThroughTheMemo() {
        JournalHash previous = JournalHash.of("0".repeat(64));
        TrustEntry honest = TrustEntry.of(FIRST, RECORDED, retainer("x"), previous);
        TrustEntry forged = TrustEntry.of(FIRST, RECORDED, retainer("x\nprevious=" + "0".repeat(64)), previous);

        assertThat(TrustEntryCanonicalForm.of(forged).lines().filter(l -> l.startsWith("previous="))).hasSize(1);
        assertThat(forged.hash()).isNotEqualTo(honest.hash());
    }

    @Test
    void includesTheRecordingTimeAndPosition() {
        JournalHash previous = JournalHash.of("0".repeat(64));
        TrustEntry a = TrustEntry.of(FIRST, RECORDED, retainer("x"), previous);

        assertThat(TrustEntry.of(FIRST, RECORDED.plusMillis(1), retainer("x"), previous).hash())
                .isNotEqualTo(a.hash());
        assertThat(TrustEntry.of(TrustEntryId.of(IOLTA.id(), 2), RECORDED, retainer("x"), previous).hash())
                .isNotEqualTo(a.hash());
    }
}
