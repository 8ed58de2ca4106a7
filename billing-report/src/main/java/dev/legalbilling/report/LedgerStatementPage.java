package dev.legalbilling.report;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.report.internal.PageValues;
import dev.legalbilling.report.internal.Templates;
import dev.legalbilling.trust.LedgerStatement;
import dev.legalbilling.trust.LedgerStatementLine;
import dev.legalbilling.trust.TrustAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML page of {@code billing trust ledger}: one statement per ledger, as the text output prints them. Each
 * statement names its account, ledger and date, the number of entries and the head hash of the journal it was read
 * from, and lists every movement (date, journal entry, type, description, reference, signed amount with credits
 * positive, running balance), then the total credits, total debits and the closing balance. Amounts are
 * {@code <data value>} elements with the decimals of the JSON output.
 *
 * <p>Payee names and memos may be privileged: they appear (as two more columns) only when
 * {@code includePrivileged} is true, as with {@link LedgerStatement#toText(boolean)} and the JSON output. Stateless;
 * thread-safe.
 */
public final class LedgerStatementPage {
    private LedgerStatementPage() {
    }

    /**
     * @param account the trust account the statements are of; not null
     * @param asOf the statement date; not null
     * @param statements the statements, in the order to show them (possibly none); each of {@code account} as of
     *     {@code asOf}
     * @param includePrivileged whether to show payee names and memos
     * @return the page: one self-contained HTML document
     * @throws InvalidValueException when a statement is of another account or date
     */
    public static String render(TrustAccount account, LocalDate asOf, List<LedgerStatement> statements,
            boolean includePrivileged) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Object> page = Pages.page("Trust ledger statements",
                "Trust account " + account.id().value() + " as of " + asOf,
                account.kind() + ", " + account.bankName() + ", " + account.currency().getCurrencyCode() + "; "
                        + Pages.plural(statements.size(), "ledger") + " with a movement by " + asOf + ".");
        List<Map<String, Object>> models = new ArrayList<>(statements.size());
        for (LedgerStatement st : statements) {
            if (!st.account().equals(account) || !st.asOf().equals(asOf)) {
                throw new InvalidValueException("statements", st, "must be of account " + account.id()
                        + " as of " + asOf);
            }
            models.add(statement(st, includePrivileged));
        }
        page.put("statements", models);
        page.put("hasStatements", !models.isEmpty());
        page.put("account", account.id().value());
        page.put("asOf", asOf.toString());
        page.put("includePrivileged", includePrivileged);
        return Templates.bundled().html("ledger-statement.html", page);
    }

    private static Map<String, Object> statement(LedgerStatement st, boolean includePrivileged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ledger", st.ledger().toString());
        m.put("kind", st.ledger().kind().name());
        m.put("client", st.ledger().client() == null ? "" : st.ledger().client().value());
        m.put("matter", st.ledger().matter() == null ? "" : st.ledger().matter().value());
        m.put("account", st.account().id().value());
        m.put("asOf", st.asOf().toString());
        m.put("entries", st.journalEntries() + (st.journalEntries() == 1 ? " entry" : " entries"));
        m.put("headHash", st.journalHead().hex());
        List<Map<String, Object>> lines = new ArrayList<>(st.lines().size());
        for (LedgerStatementLine l : st.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("entry", l.entry().sequence());
            row.put("date", l.date().toString());
            row.put("type", l.type().name());
            row.put("description", l.description());
            if (l.reversedBy() != null) {
                row.put("reversedBy", l.reversedBy().sequence());
            }
            row.put("reference", l.reference() == null ? "" : l.reference());
            if (includePrivileged) {
                row.put("payee", l.payee() == null ? "" : l.payee());
                row.put("memo", l.memo());
            }
            row.put("amount", PageValues.money(l.amount()));
            row.put("balance", PageValues.money(l.balanceAfter()));
            lines.add(row);
        }
        m.put("lines", lines);
        m.put("hasLines", !lines.isEmpty());
        m.put("totalCredits", PageValues.money(st.totalCredits()));
        m.put("totalDebits", PageValues.money(st.totalDebits()));
        m.put("balance", PageValues.money(st.balance()));
        return m;
    }
}
