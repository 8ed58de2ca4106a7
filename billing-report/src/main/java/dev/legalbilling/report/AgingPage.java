package dev.legalbilling.report;

import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.ReceivableStatus;
import dev.legalbilling.receivables.aging.AgingBucket;
import dev.legalbilling.receivables.aging.AgingLine;
import dev.legalbilling.receivables.aging.AgingReport;
import dev.legalbilling.receivables.aging.BucketTotals;
import dev.legalbilling.report.internal.PageValues;
import dev.legalbilling.report.internal.Charts;
import dev.legalbilling.report.internal.Templates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML page of {@code billing ar aging}: per currency, the open balance, past-due share, days sales outstanding
 * and collection realization ({@link AgingMetrics}), a stacked bar chart of each client's balance by aging bucket,
 * the bucket totals by client and by matter with the firm's total, the open invoices, and unapplied client credit.
 * Amounts are {@code <data value>} elements with the decimals of the JSON output. Client and matter ids only, as the
 * text report. Stateless; thread-safe.
 */
public final class AgingPage {
    private AgingPage() {
    }

    /**
     * @param asOf the report date
     * @param reports one report per currency, as {@link AgingReport#allCurrencies} gives them
     * @param metrics the metrics of each report's currency (a currency without metrics shows none)
     * @return the page: one self-contained HTML document
     */
    public static String render(LocalDate asOf, List<AgingReport> reports, List<AgingMetrics> metrics) {
        Map<String, Object> page = Pages.page("Accounts receivable", "Aging as of " + asOf,
                reports.isEmpty() ? "No receivables." : "Open invoices by days past due, per currency.");
        List<Map<String, Object>> sections = new ArrayList<>();
        for (AgingReport r : reports) {
            sections.add(section(r, metrics.stream().filter(m -> m.currency().equals(r.currency())).findFirst()));
        }
        page.put("reports", sections);
        page.put("empty", reports.isEmpty());
        return Templates.bundled().html("aging.html", page);
    }

    private static Map<String, Object> section(AgingReport r, Optional<AgingMetrics> metrics) {
        String code = r.currency().getCurrencyCode();
        List<String> buckets = Arrays.stream(AgingBucket.values()).map(AgingBucket::label).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency", code);
        m.put("id", "aging-" + code);
        m.put("buckets", buckets);
        m.put("openBalance", PageValues.money(r.openBalance()));
        m.put("pastDue", PageValues.money(r.firm().pastDue()));
        m.put("pastDuePercent", PageValues.percent(r.firm().pastDue().amount(), r.openBalance().amount())
                .toPlainString());
        m.put("invoiceCount", r.firm().invoices());
        metrics.ifPresent(x -> {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("periodFirst", x.dso().period().first().toString());
            mm.put("periodLast", x.dso().period().last().toString());
            mm.put("periodDays", x.dso().period().days());
            mm.put("dsoDays", x.dso().days().map(BigDecimal::toPlainString).orElse(""));
            mm.put("hasDso", x.dso().days().isPresent());
            mm.put("receivables", PageValues.money(x.dso().receivables()));
            mm.put("billed", PageValues.money(x.dso().billed()));
            mm.put("invoiced", PageValues.money(x.realization().invoiced()));
            mm.put("collected", PageValues.money(x.realization().collected()));
            mm.put("collection", x.realization().collectionRealization().map(BigDecimal::toPlainString).orElse(""));
            mm.put("hasCollection", x.realization().collectionRealization().isPresent());
            m.put("metrics", mm);
        });
        List<Charts.Stack> stacks = new ArrayList<>();
        List<Map<String, Object>> clients = new ArrayList<>();
        r.byClient().forEach((client, totals) -> {
            stacks.add(new Charts.Stack(client.value(), parts(totals), totals.total()));
            clients.add(totalsRow(client.value(), totals));
        });
        Map<String, Object> chart = Charts.stacked(code + "-clients", "Open balance by client and days past due ("
                + code + ")", buckets, stacks);
        chart.put("labelHeading", "Client");
        m.put("chart", chart);
        m.put("byClient", clients);
        List<Map<String, Object>> matters = new ArrayList<>();
        r.byMatter().forEach((matter, totals) -> matters.add(totalsRow(matter.value(), totals)));
        m.put("byMatter", matters);
        m.put("firm", totalsRow("Firm", r.firm()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (AgingLine l : r.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("invoice", l.invoice().value());
            row.put("client", l.client().value());
            row.put("matter", l.matter().value());
            row.put("invoiceDate", l.invoiceDate().toString());
            row.put("dueDate", l.dueDate().toString());
            row.put("daysPastDue", l.daysPastDue());
            row.put("status", l.status().name());
            row.put("disputed", l.status() == ReceivableStatus.DISPUTED);
            row.put("bucket", l.bucket().label());
            row.put("bucketName", l.bucket().name());
            row.put("balance", PageValues.money(l.balance()));
            lines.add(row);
        }
        m.put("lines", lines);
        List<Map<String, Object>> credits = new ArrayList<>();
        r.unappliedCredits().forEach((client, amount) -> credits.add(Map.of("client", client.value(),
                "amount", PageValues.money(amount))));
        m.put("credits", credits);
        m.put("hasCredits", !credits.isEmpty());
        return m;
    }

    private static List<Money> parts(BucketTotals totals) {
        return Arrays.stream(AgingBucket.values()).map(totals::amount).toList();
    }

    private static Map<String, Object> totalsRow(String name, BucketTotals totals) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("cells", parts(totals).stream().map(PageValues::money).toList());
        row.put("total", PageValues.money(totals.total()));
        row.put("invoices", totals.invoices());
        return row;
    }
}
