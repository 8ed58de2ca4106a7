package dev.legalbilling.report;

import dev.legalbilling.money.Money;
import dev.legalbilling.report.internal.PageValues;
import dev.legalbilling.report.internal.Templates;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.DiscrepancyCause;
import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.LedgerBalance;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.StatementItem;
import dev.legalbilling.trust.TrustEntryId;
import dev.legalbilling.trust.UnidentifiedFunds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML page of {@code billing trust reconcile}: the three-way reconciliation as three columns (adjusted bank
 * balance, journal, ledgers) with the result, the bank side item by item, every ledger (negative ones
 * highlighted), the three differences (non-zero ones highlighted), the likely causes with the journal entries they
 * name, unidentified funds, and when the next reconciliation is due. Amounts are {@code <data value>} elements with
 * the decimals of the JSON output; ledgers are named by client and matter id, and causes never quote memos or
 * payees (as {@link ReconciliationReport} words them). Stateless; thread-safe.
 */
public final class TrustReconciliationPage {
    private TrustReconciliationPage() {
    }

    /**
     * @param r the reconciliation
     * @return the page: one self-contained HTML document
     */
    public static String render(ReconciliationReport r) {
        BankStatement st = r.statement();
        Map<String, Object> page = Pages.page("Trust account three-way reconciliation",
                "Account " + r.account().value() + " as of " + r.asOf(),
                "Statement period " + st.periodStart() + " to " + st.statementDate() + ".");
        String result = r.passed() ? "BALANCED" : r.balanced() ? "FAILED" : "OUT_OF_BALANCE";
        page.put("result", result);
        page.put("passed", r.passed());
        page.put("resultText", r.passed()
                ? "Balanced: the adjusted bank balance, the journal and the ledgers agree, and no ledger is negative."
                : r.balanced() ? "Failed: the three balances agree but " + Pages.plural(r.negativeLedgers().size(),
                        "ledger") + " below zero."
                        : "Out of balance: see the differences and likely causes below.");
        page.put("adjustedBank", PageValues.money(r.adjustedBankBalance()));
        page.put("journal", PageValues.money(r.journalBalance()));
        page.put("ledgerTotal", PageValues.money(r.ledgerTotal()));
        page.put("endingBalance", PageValues.money(st.endingBalance()));
        page.put("depositsInTransit", items(st.depositsInTransit()));
        page.put("depositsInTransitTotal", PageValues.money(st.depositsInTransitTotal()));
        page.put("depositsInTransitCount", st.depositsInTransit().size());
        page.put("outstandingChecks", items(st.outstandingChecks()));
        page.put("outstandingChecksTotal", PageValues.money(st.outstandingChecksTotal()));
        page.put("outstandingChecksCount", st.outstandingChecks().size());
        page.put("bankCharges", items(st.bankCharges()));
        page.put("interestCredits", items(st.interestCredits()));
        page.put("hasBankItems", !st.bankCharges().isEmpty() || !st.interestCredits().isEmpty());
        List<Map<String, Object>> ledgers = new ArrayList<>();
        for (LedgerBalance l : r.ledgers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", l.ledger().kind().name());
            row.put("client", l.ledger().client() == null ? "" : l.ledger().client().value());
            row.put("matter", l.ledger().matter() == null ? "" : l.ledger().matter().value());
            row.put("balance", PageValues.money(l.balance()));
            row.put("negative", l.negative());
            ledgers.add(row);
        }
        page.put("ledgers", ledgers);
        page.put("clientTotal", PageValues.money(r.clientLedgerTotal()));
        page.put("firmFunds", PageValues.money(r.firmFundsBalance()));
        page.put("unidentified", PageValues.money(r.unidentifiedBalance()));
        page.put("differences", List.of(difference("Bank − journal", "bankMinusJournal", r.bankMinusJournal()),
                difference("Journal − ledgers", "journalMinusLedgers", r.journalMinusLedgers()),
                difference("Bank − ledgers", "bankMinusLedgers", r.bankMinusLedgers())));
        List<Map<String, Object>> causes = new ArrayList<>();
        for (DiscrepancyCause c : r.causes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", c.kind().name());
            row.put("scope", switch (c.scope()) {
                case BANK_AND_JOURNAL -> "bank vs journal";
                case JOURNAL_AND_LEDGERS -> "journal vs ledgers";
                case LEDGER -> "ledger";
            });
            row.put("amount", PageValues.money(c.amount()));
            row.put("explanation", c.explanation());
            row.put("entries", c.entries().stream().map(TrustEntryId::sequence).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            causes.add(row);
        }
        page.put("causes", causes);
        page.put("hasCauses", !causes.isEmpty());
        List<Map<String, Object>> unidentified = new ArrayList<>();
        for (UnidentifiedFunds u : r.unidentifiedFunds()) {
            unidentified.add(Map.of("deposit", u.deposit().sequence(), "received", u.received().toString(),
                    "deposited", PageValues.money(u.deposited()), "unresolved", PageValues.money(u.unresolved()),
                    "days", u.daysOutstanding()));
        }
        page.put("unidentifiedFunds", unidentified);
        page.put("hasUnidentifiedFunds", !unidentified.isEmpty());
        page.put("frequency", r.frequency().name());
        page.put("nextAsOf", r.nextAsOf().toString());
        page.put("headHash", r.journalHeadIfKnown().map(JournalHash::hex).orElse("(not given)"));
        return Templates.bundled().html("trust-reconciliation.html", page);
    }

    private static Map<String, Object> difference(String label, String field, Money amount) {
        return Map.of("label", label, "field", field, "amount", PageValues.money(amount), "nonZero", !amount.isZero());
    }

    private static List<Map<String, Object>> items(List<StatementItem> items) {
        return items.stream().map(i -> Map.<String, Object>of("date", i.date().toString(), "reference",
                i.reference(), "amount", PageValues.money(i.amount()))).toList();
    }
}
