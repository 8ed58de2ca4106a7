package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import java.util.List;

/** Renders a {@link ReconciliationReport} as fixed-width text. Stateless; not part of the API. */
final class ReconciliationReportText {
    private static final int LABEL_WIDTH = 50;
    private static final int AMOUNT_WIDTH = 14;
    private static final int TEXT_WIDTH = 100;

    private ReconciliationReportText() {
    }

    static String render(ReconciliationReport r) {
        StringBuilder s = new StringBuilder(2048);
        BankStatement st = r.statement();
        s.append("THREE-WAY TRUST RECONCILIATION\n");
        s.append("Account ").append(r.account()).append(" as of ").append(r.asOf()).append(" (statement period ")
                .append(st.periodStart()).append(" to ").append(st.statementDate()).append(")\n");
        s.append("Result: ").append(result(r)).append("\n\n");

        s.append("1. Adjusted bank balance\n");
        row(s, "   Statement ending balance", st.endingBalance());
        row(s, "   + Deposits in transit (" + st.depositsInTransit().size() + ")", st.depositsInTransitTotal());
        items(s, st.depositsInTransit());
        row(s, "   - Outstanding checks (" + st.outstandingChecks().size() + ")", st.outstandingChecksTotal());
        items(s, st.outstandingChecks());
        row(s, "   = Adjusted bank balance", r.adjustedBankBalance());
        s.append('\n');

        row(s, "2. Journal balance", r.journalBalance());
        s.append('\n');

        s.append("3. Ledgers\n");
        for (LedgerBalance l : r.ledgers()) {
            String label = l.ledger().isFirmFunds() ? "firm funds for bank charges" : l.ledger().toString();
            row(s, "   " + label + (l.negative() ? "  ** NEGATIVE **" : ""), l.balance());
        }
        row(s, "   = Client ledgers", r.clientLedgerTotal());
        row(s, "   + Firm funds for bank charges", r.firmFundsBalance());
        row(s, "   + Unidentified funds", r.unidentifiedBalance());
        row(s, "   = Total of ledgers", r.ledgerTotal());
        s.append('\n');

        s.append("Differences\n");
        row(s, "   Bank - journal", r.bankMinusJournal());
        row(s, "   Journal - ledgers", r.journalMinusLedgers());
        row(s, "   Bank - ledgers", r.bankMinusLedgers());
        s.append('\n');

        s.append("Likely causes\n");
        if (r.causes().isEmpty()) {
            s.append("   none\n");
        }
        int n = 1;
        for (DiscrepancyCause c : r.causes()) {
            s.append("   ").append(n++).append(". ").append(c.kind()).append(" (").append(scope(c.scope()))
                    .append(", ").append(MoneyFormat.CODE.format(c.amount())).append(")\n");
            wrap(s, "      ", c.explanation());
        }
        s.append('\n');

        s.append("Unidentified funds\n");
        if (r.unidentifiedFunds().isEmpty()) {
            s.append("   none\n");
        }
        for (UnidentifiedFunds u : r.unidentifiedFunds()) {
            s.append("   deposit ").append(u.deposit()).append(" received ").append(u.received()).append(": ")
                    .append(MoneyFormat.CODE.format(u.unresolved())).append(" of ")
                    .append(MoneyFormat.CODE.format(u.deposited()))
                    .append(" unresolved after ").append(u.daysOutstanding()).append(" days\n");
        }
        s.append('\n');

        s.append("Next reconciliation due as of ").append(r.nextAsOf()).append(" (")
                .append(r.frequency().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
        s.append("Journal head hash: ").append(r.journalHeadIfKnown().map(JournalHash::hex).orElse("(not given)"))
                .append('\n');
        return s.toString();
    }

    /** Appends text word-wrapped to {@value #TEXT_WIDTH} columns, each line starting with the indent. */
    private static void wrap(StringBuilder s, String indent, String text) {
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + 1 + word.length() > TEXT_WIDTH) {
                s.append('\n');
                column = 0;
            }
            if (column == 0) {
                s.append(indent).append(word);
                column = indent.length() + word.length();
            } else {
                s.append(' ').append(word);
                column += 1 + word.length();
            }
        }
        s.append('\n');
    }

    private static String result(ReconciliationReport r) {
        if (r.passed()) {
            return "BALANCED - the adjusted bank balance, the journal and the ledgers agree; no ledger is negative";
        }
        if (r.balanced()) {
            return "FAILED - the three balances agree but " + r.negativeLedgers().size()
                    + " ledger(s) are below zero";
        }
        return "OUT OF BALANCE - see the differences and likely causes below";
    }

    private static String scope(DiscrepancyCause.Scope scope) {
        switch (scope) {
            case BANK_AND_JOURNAL:
                return "bank vs journal";
            case JOURNAL_AND_LEDGERS:
                return "journal vs ledgers";
            default:
                return "ledger";
        }
    }

    private static void items(StringBuilder s, List<StatementItem> items) {
        for (StatementItem i : items) {
            row(s, "       " + i.date() + "  " + i.reference(), i.amount());
        }
    }

    private static void row(StringBuilder s, String label, Money amount) {
        s.append(label);
        for (int i = label.length(); i < LABEL_WIDTH; i++) {
            s.append(' ');
        }
        if (label.length() >= LABEL_WIDTH) {
            s.append(' ');
        }
        String number = MoneyFormat.GROUPED.format(amount);
        s.append(amount.currency().getCurrencyCode()).append(' ');
        for (int i = number.length(); i < AMOUNT_WIDTH; i++) {
            s.append(' ');
        }
        s.append(number).append('\n');
    }
}
