package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple5;

/** Every semantic change to an entry, however small, changes its canonical form and hence its hash. */
class CanonicalFormProperties {
    /** Text made of awkward pieces: separators, escapes, line breaks, non-ASCII and a supplementary character. */
    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.of("a", "b", "|", "\\", "=", " ", "\n", "\t", "\r", "-", "é", "€", "😀").list()
                .ofMinSize(min).ofMaxSize(max).map(pieces -> String.join("", pieces));
    }

    /** The parts of a disbursement entry that a property varies. */
    record Parts(String client, String matter, long cents, int day, String payee, String reference, String memo,
            long sequence, long recordedMillis, String authorisedBy) {
        TrustEntry entry(JournalHash previous) {
            LedgerId ledger = matter.isEmpty() ? LedgerId.client(ClientId.of(client))
                    : LedgerId.client(ClientId.of(client), MatterId.of(matter));
            TrustTransaction tx = TrustTransaction.disbursement(LocalDate.of(2025, 3, day), PayeeKind.THIRD_PARTY,
                    payee).debit(ledger, Money.of(BigDecimal.valueOf(cents, 2), "USD"))
                    .reference(reference.isEmpty() ? null : reference).memo(memo)
                    .authorisedBy(authorisedBy.isEmpty() ? null : TimekeeperId.of(authorisedBy)).build();
            return TrustEntry.of(TrustEntryId.of(IOLTA.id(), sequence), Instant.ofEpochMilli(recordedMillis), tx,
                    previous);
        }
    }

    private static Arbitrary<String> id() {
        return Arbitraries.strings().withChars("AB1|\\-").ofMinLength(1).ofMaxLength(4)
                .filter(s -> s.strip().equals(s));
    }

    private static Arbitrary<String> optionalId() {
        return Arbitraries.oneOf(Arbitraries.just(""), id());
    }

    @Provide
    Arbitrary<Parts> parts() {
        Arbitrary<Tuple5<String, String, Long, Integer, String>> head = Combinators.combine(id(), optionalId(),
                Arbitraries.longs().between(1, 9_999_999), Arbitraries.integers().between(1, 31), id())
                .as(Tuple::of);
        Arbitrary<Tuple5<String, String, Long, Long, String>> tail = Combinators.combine(optionalId(),
                text(0, 6), Arbitraries.longs().between(1, 50),
                Arbitraries.longs().between(0, 2_000_000_000_000L), optionalId()).as(Tuple::of);
        return Combinators.combine(head, tail).as((h, t) -> new Parts(h.get1(), h.get2(), h.get3(), h.get4(),
                h.get5(), t.get1(), t.get2(), t.get3(), t.get4(), t.get5()));
    }

    private static final JournalHash PREVIOUS = JournalHash.of("ab".repeat(32));

    @Property
    void differentPartsGiveDifferentHashes(@ForAll("parts") Parts a, @ForAll("parts") Parts b) {
        TrustEntry x = a.entry(PREVIOUS);
        TrustEntry y = b.entry(PREVIOUS);

        if (a.equals(b)) {
            assertThat(x.hash()).isEqualTo(y.hash());
        } else {
            assertThat(TrustEntryCanonicalForm.of(x)).isNotEqualTo(TrustEntryCanonicalForm.of(y));
            assertThat(x.hash()).isNotEqualTo(y.hash());
        }
    }

    @Property
    void changingTheMemoOrPreviousHashChangesTheHash(@ForAll("parts") Parts a, @ForAll("ids") String extra) {
        TrustEntry x = a.entry(PREVIOUS);
        Parts longerMemo = new Parts(a.client(), a.matter(), a.cents(), a.day(), a.payee(), a.reference(),
                a.memo() + extra, a.sequence(), a.recordedMillis(), a.authorisedBy());

        assertThat(longerMemo.entry(PREVIOUS).hash()).isNotEqualTo(x.hash());
        assertThat(a.entry(JournalHash.of("cd".repeat(32))).hash()).isNotEqualTo(x.hash());
    }

    @Provide
    Arbitrary<String> ids() {
        return text(1, 3);
    }

    @Property
    void canonicalFormHasExactlyTheDocumentedFieldLines(@ForAll("parts") Parts a) {
        String text = TrustEntryCanonicalForm.of(a.entry(PREVIOUS));

        assertThat(text).endsWith("\n");
        // escaping keeps every value on its own line: the format line, 19 fields and one posting line, then the
        // empty remainder after the final line feed
        assertThat(text.split("\n", -1)).hasSize(1 + 19 + 1 + 1);
    }
}
