package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The canonical text of journal entries and accounts that the hash chain is computed over, independent of any file
 * format: anyone can re-derive and check a journal's hashes from this specification alone.
 *
 * <h2>Entry form ({@value #ENTRY_FORMAT})</h2>
 * UTF-8 text, one field per line, every line (the last included) ended by a single LF, fields always in this order:
 * <pre>
 * trust-entry/1
 * account=IOLTA-0001
 * sequence=17
 * recordedAt=2025-03-03T14:00:00Z
 * date=2025-03-03
 * type=DEPOSIT
 * currency=USD
 * postings=1
 * posting=CLIENT|C-1001|M-1001-01|20000.00
 * purpose=ADVANCE_FEE
 * payeeKind
 * payee
 * invoice
 * reference=DEP-0303
 * reverses
 * resolves
 * divertedToOperating
 * earnedUndisputedAtPosting
 * authorisedBy
 * memo=Retainer per engagement letter
 * previous=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * </pre>
 * <ul>
 *   <li>An absent optional field is its bare name with no {@code =}; a present one is {@code name=value}, so an
 *       absent field and an empty value differ. The memo is always present (possibly empty).</li>
 *   <li>{@code postings=N} is followed by exactly N {@code posting=} lines in the transaction's order, each
 *       {@code KIND|client|matter|amount}; client and matter are empty when absent (ids are never empty).</li>
 *   <li>Amounts are plain decimals at the currency's scale with a leading {@code -} for debits
 *       ({@link java.math.BigDecimal#toPlainString()}); {@code recordedAt} is {@link Instant#toString()};
 *       dates are ISO-8601 ({@code yyyy-MM-dd}); enums are their constant names; {@code reverses} and
 *       {@code resolves} are {@code account|sequence}.</li>
 *   <li>In every value, {@code \} is written {@code \\}, {@code |} is written {@code \|}, and each character below
 *       U+0020 or equal to U+007F is written as a backslash, the letter {@code u} and four lower-case hex digits
 *       (a line feed becomes a backslash followed by {@code u000a}). No other
 *       character is changed, so the encoding is injective: two entries that differ in any field differ in their
 *       canonical text, hence (barring a SHA-256 collision) in their hash.</li>
 * </ul>
 * The entry's hash is {@link JournalHash#sha256(String) SHA-256} of this text; {@code previous} is the previous
 * entry's hash, or for the first entry the {@link #genesis(TrustAccount) genesis hash} of the account.
 *
 * <h2>Account form ({@value #ACCOUNT_FORMAT})</h2>
 * <pre>
 * trust-account/1
 * id=IOLTA-0001
 * kind=IOLTA
 * bank=First Example Bank
 * currency=USD
 * jurisdiction=US-IL
 * </pre>
 * with the same line and escaping rules. Its SHA-256 is the genesis hash, which ties a journal to its account.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrustEntryCanonicalForm {
    /** First line of an entry's canonical form. */
    public static final String ENTRY_FORMAT = "trust-entry/1";
    /** First line of an account's canonical form. */
    public static final String ACCOUNT_FORMAT = "trust-account/1";

    private TrustEntryCanonicalForm() {
    }

    /**
     * @param entry a journal entry; not null
     * @return its canonical text
     */
    public static String of(TrustEntry entry) {
        return of(entry.id(), entry.recordedAt(), entry.transaction(), entry.previousHash());
    }

    /**
     * @param id the entry's id
     * @param recordedAt when it was recorded
     * @param tx the transaction
     * @param previous the previous entry's hash (the genesis hash for the first entry)
     * @return the canonical text of an entry with these parts
     */
    public static String of(TrustEntryId id, Instant recordedAt, TrustTransaction tx, JournalHash previous) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(tx, "transaction");
        Objects.requireNonNull(previous, "previous");
        StringBuilder s = new StringBuilder(512).append(ENTRY_FORMAT).append('\n');
        field(s, "account", id.account().value());
        field(s, "sequence", Long.toString(id.sequence()));
        field(s, "recordedAt", recordedAt.toString());
        field(s, "date", tx.date().toString());
        field(s, "type", tx.type().name());
        field(s, "currency", tx.currency().getCurrencyCode());
        field(s, "postings", Integer.toString(tx.postings().size()));
        for (Posting p : tx.postings()) {
            LedgerId l = p.ledger();
            s.append("posting=").append(l.kind().name()).append('|')
                    .append(l.client() == null ? "" : escape(l.client().value())).append('|')
                    .append(l.matter() == null ? "" : escape(l.matter().value())).append('|')
                    .append(amount(p.amount())).append('\n');
        }
        field(s, "purpose", tx.purpose().map(Enum::name).orElse(null));
        field(s, "payeeKind", tx.payeeKind().map(Enum::name).orElse(null));
        field(s, "payee", tx.payee().orElse(null));
        field(s, "invoice", tx.invoice().map(i -> i.value()).orElse(null));
        field(s, "reference", tx.reference().orElse(null));
        field(s, "reverses", tx.reverses().map(TrustEntryCanonicalForm::entryRef).orElse(null));
        field(s, "resolves", tx.resolves().map(TrustEntryCanonicalForm::entryRef).orElse(null));
        field(s, "divertedToOperating", tx.divertedToOperating().map(TrustEntryCanonicalForm::amount).orElse(null));
        field(s, "earnedUndisputedAtPosting",
                tx.earnedUndisputedAtPosting().map(TrustEntryCanonicalForm::amount).orElse(null));
        field(s, "authorisedBy", tx.authorisedBy().map(t -> t.value()).orElse(null));
        field(s, "memo", tx.memo());
        field(s, "previous", previous.hex());
        return s.toString();
    }

    /**
     * @param account a trust account; not null
     * @return its canonical text
     */
    public static String ofAccount(TrustAccount account) {
        StringBuilder s = new StringBuilder(160).append(ACCOUNT_FORMAT).append('\n');
        field(s, "id", account.id().value());
        field(s, "kind", account.kind().name());
        field(s, "bank", account.bankName());
        field(s, "currency", account.currency().getCurrencyCode());
        field(s, "jurisdiction", account.jurisdiction().code());
        return s.toString();
    }

    /**
     * @param account a trust account; not null
     * @return the hash the first entry of the account's journal chains to
     */
    public static JournalHash genesis(TrustAccount account) {
        return JournalHash.sha256(ofAccount(account));
    }

    /**
     * @param entry a journal entry
     * @return SHA-256 of its canonical form (equal to {@link TrustEntry#hash()})
     */
    public static JournalHash hash(TrustEntry entry) {
        return JournalHash.sha256(of(entry));
    }

    private static String entryRef(TrustEntryId id) {
        return escape(id.account().value()) + "|" + id.sequence();
    }

    private static String amount(Money m) {
        return m.amount().toPlainString();
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append(name);
        if (value != null) {
            s.append('=').append(escape(value));
        }
        s.append('\n');
    }

    /**
     * @param value any text
     * @return the text with {@code \}, {@code |} and control characters escaped as specified above
     */
    static String escape(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = null;
            if (c == '\\') {
                replacement = "\\\\";
            } else if (c == '|') {
                replacement = "\\|";
            } else if (c < 0x20 || c == 0x7f) {
                replacement = String.format("\\u%04x", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }
}
