package dev.legalbilling.json.trust;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.legalbilling.money.Money;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.DiscrepancyCause;
import dev.legalbilling.trust.LedgerBalance;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.StatementItem;
import dev.legalbilling.trust.TrustEntryId;
import dev.legalbilling.trust.UnidentifiedFunds;
import java.io.IOException;
import java.util.List;

/**
 * Writes a {@link ReconciliationReport} as JSON: the three balances, their differences, the result, the ledgers,
 * the likely causes and the unidentified funds. Amounts are decimal strings in the report's currency; journal
 * entries are referred to by sequence number. Registered by {@link TrustJsonModule}; stateless and thread-safe.
 */
public final class ReconciliationReportSerializer extends StdSerializer<ReconciliationReport> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ReconciliationReportSerializer() {
        super(ReconciliationReport.class);
    }

    @Override
    public void serialize(ReconciliationReport r, JsonGenerator g, SerializerProvider provider) throws IOException {
        BankStatement st = r.statement();
        g.writeStartObject();
        g.writeStringField("account", r.account().value());
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("currency", r.journalBalance().currency().getCurrencyCode());
        g.writeStringField("result", r.passed() ? "BALANCED" : r.balanced() ? "FAILED" : "OUT_OF_BALANCE");
        g.writeBooleanField("balanced", r.balanced());
        g.writeBooleanField("passed", r.passed());

        g.writeObjectFieldStart("bank");
        g.writeStringField("periodStart", st.periodStart().toString());
        g.writeStringField("statementDate", st.statementDate().toString());
        amount(g, "endingBalance", st.endingBalance());
        items(g, "depositsInTransit", st.depositsInTransit(), st.depositsInTransitTotal());
        items(g, "outstandingChecks", st.outstandingChecks(), st.outstandingChecksTotal());
        amount(g, "adjustedBalance", r.adjustedBankBalance());
        itemList(g, "bankCharges", st.bankCharges());
        itemList(g, "interestCredits", st.interestCredits());
        g.writeEndObject();

        g.writeObjectFieldStart("journal");
        amount(g, "balance", r.journalBalance());
        if (r.journalHead() != null) {
            g.writeStringField("headHash", r.journalHead().hex());
        }
        g.writeEndObject();

        g.writeObjectFieldStart("ledgers");
        g.writeArrayFieldStart("items");
        for (LedgerBalance l : r.ledgers()) {
            g.writeStartObject();
            g.writeStringField("kind", l.ledger().kind().name());
            if (l.ledger().client() != null) {
                g.writeStringField("client", l.ledger().client().value());
            }
            if (l.ledger().matter() != null) {
                g.writeStringField("matter", l.ledger().matter().value());
            }
            amount(g, "balance", l.balance());
            g.writeBooleanField("negative", l.negative());
            g.writeEndObject();
        }
        g.writeEndArray();
        amount(g, "clientTotal", r.clientLedgerTotal());
        amount(g, "firmFunds", r.firmFundsBalance());
        amount(g, "unidentified", r.unidentifiedBalance());
        amount(g, "total", r.ledgerTotal());
        g.writeEndObject();

        g.writeObjectFieldStart("differences");
        amount(g, "bankMinusJournal", r.bankMinusJournal());
        amount(g, "journalMinusLedgers", r.journalMinusLedgers());
        amount(g, "bankMinusLedgers", r.bankMinusLedgers());
        g.writeEndObject();

        g.writeArrayFieldStart("causes");
        for (DiscrepancyCause c : r.causes()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().name());
            g.writeStringField("scope", c.scope().name());
            amount(g, "amount", c.amount());
            g.writeStringField("explanation", c.explanation());
            g.writeArrayFieldStart("entries");
            for (TrustEntryId id : c.entries()) {
                g.writeNumber(id.sequence());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("unidentifiedFunds");
        for (UnidentifiedFunds u : r.unidentifiedFunds()) {
            g.writeStartObject();
            g.writeNumberField("deposit", u.deposit().sequence());
            g.writeStringField("received", u.received().toString());
            amount(g, "deposited", u.deposited());
            amount(g, "unresolved", u.unresolved());
            g.writeNumberField("daysOutstanding", u.daysOutstanding());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeStringField("reconciliationFrequency", r.frequency().name());
        g.writeStringField("nextAsOf", r.nextAsOf().toString());
        g.writeEndObject();
    }

    private static void items(JsonGenerator g, String field, List<StatementItem> items, Money total)
            throws IOException {
        g.writeObjectFieldStart(field);
        amount(g, "total", total);
        itemList(g, "items", items);
        g.writeEndObject();
    }

    private static void itemList(JsonGenerator g, String field, List<StatementItem> items) throws IOException {
        g.writeArrayFieldStart(field);
        for (StatementItem i : items) {
            g.writeStartObject();
            g.writeStringField("date", i.date().toString());
            g.writeStringField("reference", i.reference());
            amount(g, "amount", i.amount());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void amount(JsonGenerator g, String field, Money m) throws IOException {
        g.writeStringField(field, m.amount().toPlainString());
    }
}
