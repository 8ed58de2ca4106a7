package dev.legalbilling.report;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.report.internal.PageValues;
import dev.legalbilling.report.internal.Charts;
import dev.legalbilling.report.internal.Templates;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The HTML page of {@code billing check}: for several invoices an overview first (one row per invoice, totals per
 * currency), then per invoice a summary (total, findings by severity, amount at stake, exposure, adjusted total when
 * adjustments apply), two charts (amount at stake by rule; exposure by timekeeper, each line counted once), the
 * findings table (severity, rule, line, message, citation, at stake, suggestion), sortable and filterable by
 * severity and rule with a little inline script (without it the full table is shown), and the rule packs with
 * versions and SHA-256 hashes.
 *
 * <p>Every amount is printed as {@code <data value="...">} with the exact decimal of the JSON report of the same
 * run ({@code docs/report-json.md}). Invoice narratives are left out unless {@code includeNarratives} is set: then
 * each finding on a line shows that line's narrative (privileged text, for readers entitled to the invoice).
 *
 * <p>Stateless; thread-safe.
 */
public final class CheckReportPage {
    private CheckReportPage() {
    }

    /**
     * One invoice that was checked.
     *
     * @param file the file it was read from, as named on the command line
     * @param report its compliance report; never null
     * @param invoice the invoice as read, or null when not kept (then no timekeeper chart, adjusted total or
     *     narratives)
     */
    public record CheckedInvoice(String file, ComplianceReport report, Invoice invoice) {
        /** Validates. */
        public CheckedInvoice {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * What the run was, beyond its invoices.
     *
     * @param dialect the LEDES dialect the files were read under
     * @param profileId the guideline profile in force
     * @param ruleSets the rule sets that ran
     * @param problems format issues and files that could not be read or checked, one sentence each
     * @param exitCode the run's exit code (0 clean, 1 findings, 2 input problems)
     * @param includeNarratives whether to show the narratives of the lines findings are about
     */
    public record Run(String dialect, String profileId, List<RuleSetInfo> ruleSets, List<String> problems,
            int exitCode, boolean includeNarratives) {
        /** Validates and copies. */
        public Run {
            Objects.requireNonNull(dialect, "dialect");
            Objects.requireNonNull(profileId, "profileId");
            ruleSets = List.copyOf(ruleSets);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param invoices the invoices checked, in file order
     * @param run what the run was
     * @return the page: one self-contained HTML document
     */
    public static String render(List<CheckedInvoice> invoices, Run run) {
        Map<String, Object> page = Pages.page("Compliance check",
                invoices.size() == 1 ? "Invoice " + invoices.get(0).report().invoiceNumber().value()
                        : invoices.size() + " invoices",
                "Profile " + run.profileId() + ", LEDES dialect " + run.dialect() + ".");
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            sections.add(invoice("inv" + (i + 1), invoices.get(i), run.includeNarratives()));
        }
        page.put("invoices", sections);
        page.put("overview", invoices.size() > 1);
        page.put("currencyTotals", currencyTotals(invoices));
        page.put("problems", run.problems());
        page.put("hasProblems", !run.problems().isEmpty());
        page.put("result", switch (run.exitCode()) {
            case 0 -> "Clean: no finding at ERROR severity and no rejected line (exit code 0).";
            case 1 -> "Findings at ERROR severity or rejected lines (exit code 1).";
            default -> "Format errors, or files that could not be read or checked (exit code 2).";
        });
        page.put("resultOk", run.exitCode() == 0);
        page.put("rulePacks", rulePacks(run.ruleSets(), invoices));
        page.put("narratives", run.includeNarratives());
        return Templates.bundled().html("check.html", page);
    }

    private static Map<String, Object> invoice(String id, CheckedInvoice checked, boolean narratives) {
        ComplianceReport r = checked.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("number", r.invoiceNumber().value());
        m.put("file", checked.file());
        m.put("profile", r.profileId());
        m.put("currency", r.total().currency().getCurrencyCode());
        m.put("total", PageValues.money(r.total()));
        m.put("errors", r.findings(Severity.ERROR).size());
        m.put("warnings", r.findings(Severity.WARNING).size());
        m.put("infos", r.findings(Severity.INFO).size());
        m.put("errorsText", Pages.plural(r.findings(Severity.ERROR).size(), "error"));
        m.put("warningsText", Pages.plural(r.findings(Severity.WARNING).size(), "warning"));
        m.put("findingCount", r.findings().size());
        m.put("amountAtStake", PageValues.money(r.amountAtStake()));
        m.put("exposure", PageValues.money(r.exposure()));
        m.put("exposurePercent", PageValues.percent(r.exposure().amount(), r.total().abs().amount()).toPlainString());
        if (checked.invoice() != null) {
            Money adjusted = r.applyTo(checked.invoice()).total();
            if (!adjusted.equals(r.total())) {
                m.put("adjustedTotal", PageValues.money(adjusted));
                m.put("writtenDown", PageValues.money(r.total().minus(adjusted)));
            }
        }
        Map<String, InvoiceLine> lines = new HashMap<>();
        if (checked.invoice() != null) {
            checked.invoice().lines().forEach(l -> lines.put(l.lineNumber(), l));
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(finding(f, narratives ? lines.get(f.lineItemNumber()) : null));
        }
        m.put("findings", findings);
        m.put("hasFindings", !findings.isEmpty());
        m.put("rules", r.findings().stream().map(Finding::ruleId).distinct().sorted().toList());
        Map<String, Object> byRule = Charts.bars(id + "-rules", "Amount at stake by rule", "amount at stake",
                atStakeByRule(r));
        byRule.put("labelHeading", "Rule");
        byRule.put("valueHeading", "At stake");
        m.put("ruleChart", byRule);
        if (checked.invoice() != null) {
            Map<String, Object> byTimekeeper = Charts.bars(id + "-timekeepers",
                    "Exposure by timekeeper (each line counted once)", "exposure",
                    exposureByTimekeeper(r, lines));
            byTimekeeper.put("labelHeading", "Timekeeper");
            byTimekeeper.put("valueHeading", "Exposure");
            m.put("timekeeperChart", byTimekeeper);
        }
        return m;
    }

    private static Map<String, Object> finding(Finding f, InvoiceLine line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name());
        m.put("severityRank", f.severity().ordinal());
        m.put("ruleId", f.ruleId());
        m.put("ruleSet", f.ruleSetId());
        m.put("action", f.action().name());
        m.put("line", f.lineItemNumber() == null ? "invoice" : f.lineItemNumber());
        m.put("lineSort", f.lineItemNumber() == null ? "0" : f.lineItemNumber());
        m.put("sourceLine", f.sourceLine() > 0 ? Integer.toString(f.sourceLine()) : "");
        m.put("message", f.message());
        m.put("citation", f.citation());
        m.put("atStake", PageValues.money(f.amountAtStake()));
        String suggestion = f.adjustment() == null ? "" : f.adjustment().describe();
        if (f.action() == Action.REJECT) {
            suggestion = (suggestion.isEmpty() ? "" : suggestion + "; ")
                    + (f.lineItemNumber() == null ? "rejects the invoice" : "rejects the line");
        }
        m.put("suggestion", suggestion);
        if (line != null) {
            m.put("narrative", line.narrative());
        }
        return m;
    }

    /** Amount at stake per rule, largest first; a rule firing on one line twice counts twice, as in the JSON. */
    private static List<Charts.Bar> atStakeByRule(ComplianceReport r) {
        Map<String, Money> sums = new TreeMap<>();
        for (Finding f : r.findings()) {
            sums.merge(f.ruleId(), f.amountAtStake(), Money::plus);
        }
        return sums.entrySet().stream().map(e -> new Charts.Bar(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Charts.Bar b) -> b.amount().amount()).reversed()).toList();
    }

    /**
     * Exposure per timekeeper as {@link ComplianceReport#exposure()} counts it: per line the largest amount at
     * stake, given to the line's timekeeper (or "no timekeeper" for expenses and lines without one); invoice-level
     * findings as "whole invoice".
     */
    private static List<Charts.Bar> exposureByTimekeeper(ComplianceReport r, Map<String, InvoiceLine> lines) {
        Map<String, Money> largestPerLine = new HashMap<>();
        Money invoiceLevel = Money.zero(r.total().currency());
        for (Finding f : r.findings()) {
            if (f.lineItemNumber() == null) {
                invoiceLevel = invoiceLevel.plus(f.amountAtStake());
            } else {
                largestPerLine.merge(f.lineItemNumber(), f.amountAtStake(), Money::max);
            }
        }
        Map<String, Money> byTimekeeper = new TreeMap<>();
        for (Map.Entry<String, Money> e : largestPerLine.entrySet()) {
            InvoiceLine line = lines.get(e.getKey());
            byTimekeeper.merge(line == null || line.timekeeper() == null ? "no timekeeper"
                    : name(line.timekeeper()), e.getValue(), Money::plus);
        }
        if (invoiceLevel.isPositive()) {
            byTimekeeper.put("whole invoice", invoiceLevel);
        }
        return byTimekeeper.entrySet().stream().filter(e -> e.getValue().isPositive())
                .map(e -> new Charts.Bar(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Charts.Bar b) -> b.amount().amount()).reversed()).toList();
    }

    private static String name(Timekeeper t) {
        String first = t.firstName() == null ? "" : t.firstName();
        String last = t.lastName() == null ? "" : t.lastName();
        String full = (first + " " + last).trim();
        return full.isEmpty() ? t.id().value() : full + " (" + t.id().value() + ")";
    }

    private static List<Map<String, Object>> currencyTotals(List<CheckedInvoice> invoices) {
        Map<Currency, Money[]> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (CheckedInvoice c : invoices) {
            ComplianceReport r = c.report();
            Money[] s = sums.computeIfAbsent(r.total().currency(), cur -> new Money[] {Money.zero(cur),
                Money.zero(cur), Money.zero(cur)});
            s[0] = s[0].plus(r.total());
            s[1] = s[1].plus(r.amountAtStake());
            s[2] = s[2].plus(r.exposure());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<Currency, Money[]> e : sums.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("currency", e.getKey().getCurrencyCode());
            row.put("total", PageValues.money(e.getValue()[0]));
            row.put("amountAtStake", PageValues.money(e.getValue()[1]));
            row.put("exposure", PageValues.money(e.getValue()[2]));
            rows.add(row);
        }
        return rows;
    }

    /** Each rule set once, by id and hash, as the JSON report's {@code rulePacks}; the run's sets when none ran. */
    private static List<Map<String, Object>> rulePacks(List<RuleSetInfo> runSets, List<CheckedInvoice> invoices) {
        Map<String, RuleSetInfo> packs = new LinkedHashMap<>();
        for (CheckedInvoice c : invoices) {
            for (RuleSetInfo info : c.report().ruleSets()) {
                packs.putIfAbsent(info.id() + "@" + info.sha256(), info);
            }
        }
        if (packs.isEmpty()) {
            runSets.forEach(info -> packs.putIfAbsent(info.id() + "@" + info.sha256(), info));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleSetInfo info : packs.values()) {
            rows.add(Map.of("id", info.id(), "version", info.version(), "sha256", info.sha256(),
                    "rules", info.rules().size()));
        }
        return rows;
    }
}
