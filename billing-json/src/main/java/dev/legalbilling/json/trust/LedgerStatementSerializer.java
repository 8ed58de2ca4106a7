package dev.legalbilling.json.trust;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.legalbilling.money.Money;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.LedgerStatement;
import dev.legalbilling.trust.LedgerStatementLine;
import java.io.IOException;

/**
 * Writes a {@link LedgerStatement} as JSON: {@code account}, {@code ledger} ({@code kind}, and {@code client} and
 * {@code matter} when present), {@code asOf}, {@code currency}, {@code journal} ({@code entries}, {@code headHash}),
 * {@code lines} and the totals {@code totalCredits}, {@code totalDebits}, {@code balance}. Each line has
 * {@code entry} (sequence number), {@code date}, {@code type}, {@code description}, the optional {@code purpose},
 * {@code payeeKind}, {@code invoice}, {@code reference}, {@code reverses}, {@code reversedBy}, then {@code amount}
 * (signed: credits positive) and {@code balance}. Amounts are decimal strings in the statement's currency.
 *
 * <p>Payee names and memos may be privileged: they are written ({@code payee}, {@code memo}) only by a serializer
 * created with {@code includePrivileged}; {@link TrustJsonModule} registers one without. Stateless and thread-safe.
 */
public final class LedgerStatementSerializer extends StdSerializer<LedgerStatement> {
    private static final long serialVersionUID = 1L;

    private final boolean includePrivileged;

    /** Creates a serializer that leaves out payee names and memos. */
    public LedgerStatementSerializer() {
        this(false);
    }

    /** @param includePrivileged whether to write payee names and memos */
    public LedgerStatementSerializer(boolean includePrivileged) {
        super(LedgerStatement.class);
        this.includePrivileged = includePrivileged;
    }

    @Override
    public void serialize(LedgerStatement st, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("account", st.account().id().value());
        g.writeObjectFieldStart("ledger");
        LedgerId ledger = st.ledger();
        g.writeStringField("kind", ledger.kind().name());
        if (ledger.client() != null) {
            g.writeStringField("client", ledger.client().value());
        }
        if (ledger.matter() != null) {
            g.writeStringField("matter", ledger.matter().value());
        }
        g.writeEndObject();
        g.writeStringField("asOf", st.asOf().toString());
        g.writeStringField("currency", st.account().currency().getCurrencyCode());
        g.writeObjectFieldStart("journal");
        g.writeNumberField("entries", st.journalEntries());
        g.writeStringField("headHash", st.journalHead().hex());
        g.writeEndObject();
        g.writeArrayFieldStart("lines");
        for (LedgerStatementLine l : st.lines()) {
            g.writeStartObject();
            g.writeNumberField("entry", l.entry().sequence());
            g.writeStringField("date", l.date().toString());
            g.writeStringField("type", l.type().name());
            g.writeStringField("description", l.description());
            optional(g, "purpose", l.purpose() == null ? null : l.purpose().name());
            optional(g, "payeeKind", l.payeeKind() == null ? null : l.payeeKind().name());
            if (includePrivileged) {
                optional(g, "payee", l.payee());
            }
            optional(g, "invoice", l.invoice() == null ? null : l.invoice().value());
            optional(g, "reference", l.reference());
            if (l.reverses() != null) {
                g.writeNumberField("reverses", l.reverses().sequence());
            }
            if (l.reversedBy() != null) {
                g.writeNumberField("reversedBy", l.reversedBy().sequence());
            }
            if (includePrivileged) {
                g.writeStringField("memo", l.memo());
            }
            amount(g, "amount", l.amount());
            amount(g, "balance", l.balanceAfter());
            g.writeEndObject();
        }
        g.writeEndArray();
        amount(g, "totalCredits", st.totalCredits());
        amount(g, "totalDebits", st.totalDebits());
        amount(g, "balance", st.balance());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void amount(JsonGenerator g, String name, Money m) throws IOException {
        g.writeStringField(name, m.amount().toPlainString());
    }
}
