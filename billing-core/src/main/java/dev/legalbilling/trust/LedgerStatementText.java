package dev.legalbilling.trust;

import dev.legalbilling.money.MoneyFormat;

/** Renders a {@link LedgerStatement} as fixed-width text. Stateless; not part of the API. */
final class LedgerStatementText {
    private static final String ROW = "%-10s  %-6s  %-46s  %-14s  %13s  %13s  %13s";

    private LedgerStatementText() {
    }

    static String render(LedgerStatement st, boolean includePrivileged) {
        StringBuilder s = new StringBuilder(1024);
        TrustAccount a = st.account();
        s.append("TRUST LEDGER STATEMENT\n");
        s.append("Account ").append(a.id()).append(" (").append(a.kind()).append(", ").append(a.bankName())
                .append(", ").append(a.currency().getCurrencyCode()).append("), ledger ").append(st.ledger())
                .append('\n');
        s.append("As of ").append(st.asOf()).append("; journal of ").append(st.journalEntries())
                .append(st.journalEntries() == 1 ? " entry" : " entries").append(", head hash ")
                .append(st.journalHead().abbreviated()).append("...\n\n");
        row(s, "Date", "Entry", "Description", "Reference", "Debit", "Credit", "Balance");
        if (st.lines().isEmpty()) {
            s.append("No movement on this ledger by ").append(st.asOf()).append(".\n");
        }
        for (LedgerStatementLine l : st.lines()) {
            String description = l.description() + (l.reversedBy() == null ? "" : " [reversed by #"
                    + l.reversedBy().sequence() + "]");
            row(s, l.date(), "#" + l.entry().sequence(), clip(description, 46),
                    clip(l.reference() == null ? "" : l.reference(), 14),
                    l.debit().map(MoneyFormat.GROUPED::format).orElse(""),
                    l.credit().map(MoneyFormat.GROUPED::format).orElse(""),
                    MoneyFormat.GROUPED.format(l.balanceAfter()));
            if (includePrivileged && l.payee() != null) {
                s.append("            payee: ").append(oneLine(l.payee())).append('\n');
            }
            if (includePrivileged && !l.memo().isEmpty()) {
                s.append("            memo: ").append(oneLine(l.memo())).append('\n');
            }
        }
        row(s, "Totals", "", "", "", MoneyFormat.GROUPED.format(st.totalDebits()),
                MoneyFormat.GROUPED.format(st.totalCredits()), "");
        s.append("Balance as of ").append(st.asOf()).append(": ").append(a.currency().getCurrencyCode()).append(' ')
                .append(MoneyFormat.GROUPED.format(st.balance())).append('\n');
        return s.toString();
    }

    private static void row(StringBuilder s, Object... cells) {
        s.append(String.format(ROW, cells).stripTrailing()).append('\n');
    }

    /** Control characters (a memo may hold line feeds) become spaces, so one field stays on one line. */
    private static String oneLine(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
