package dev.legalbilling.cli.check;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The text report of {@code billing check}: per file its format issues as {@code path:line: FIELD: message [CODE]};
 * per invoice a header with number, total and counts by severity, then one line per finding
 * {@code SEVERITY RULE-ID line N (file line M): message [citation] at stake $X; suggest: ...}; then a summary.
 * Invoice narratives are never printed (a finding's message is the rule's sentence). Stateless.
 */
final class TextReport {
    private TextReport() {
    }

    /**
     * @param out where the report goes
     * @param run what the run found
     */
    static void print(PrintWriter out, CheckRun run) {
        for (CheckedFile file : run.files()) {
            file.issues().forEach(i -> out.println(i.toText()));
            file.errors().forEach(out::println);
            for (CheckedInvoice invoice : file.invoices()) {
                printInvoice(out, file.file(), invoice, run.profileId());
            }
        }
        printSummary(out, run);
        out.flush();
    }

    private static void printInvoice(PrintWriter out, String file, CheckedInvoice checked, String runProfileId) {
        ComplianceReport r = checked.report();
        String where = checked.firstLine() == 0 ? file : checked.firstLine() == checked.lastLine()
                ? file + ", file line " + checked.firstLine()
                : file + ", file lines " + checked.firstLine() + "-" + checked.lastLine();
        out.println("Invoice " + r.invoiceNumber() + " (" + where + "): total " + MoneyFormat.DOLLAR_SIGN.format(r.total()) + "; "
                + counts(r.findings(Severity.ERROR).size(), r.findings(Severity.WARNING).size(),
                        r.findings(Severity.INFO).size())
                + (r.profileId().equals(runProfileId) ? "" : "; profile " + r.profileId()));
        for (Finding f : r.findings()) {
            out.println("  " + finding(f));
        }
    }

    /**
     * @param f a finding
     * @return {@code SEVERITY RULE-ID line N (file line M): message [citation] at stake $X; suggest: ...}
     */
    static String finding(Finding f) {
        StringBuilder sb = new StringBuilder().append(f.severity()).append(' ').append(f.ruleId()).append(' ');
        if (f.lineItemNumber() == null) {
            sb.append("invoice");
        } else {
            sb.append("line ").append(f.lineItemNumber());
            if (f.sourceLine() > 0) {
                sb.append(" (file line ").append(f.sourceLine()).append(')');
            }
        }
        sb.append(": ").append(f.message());
        if (!f.citation().isEmpty()) {
            sb.append(" [").append(f.citation()).append(']');
        }
        sb.append(" at stake ").append(MoneyFormat.DOLLAR_SIGN.format(f.amountAtStake()));
        if (f.adjustment() != null) {
            sb.append("; suggest: ").append(f.adjustment().describe());
        }
        if (f.action() == Action.REJECT) {
            sb.append(f.lineItemNumber() == null ? "; rejects the invoice" : "; rejects the line");
        }
        return sb.toString();
    }

    private static void printSummary(PrintWriter out, CheckRun run) {
        int files = run.files().size();
        long invoices = run.files().stream().mapToLong(f -> f.invoices().size()).sum();
        String rules = run.ruleSets().isEmpty() ? "no rule packs"
                : run.ruleSets().stream().map(s -> s.id() + " " + s.version()).collect(Collectors.joining(", "));
        out.println();
        out.println("Checked " + plural(invoices, "invoice") + " in " + plural(files, "file")
                + (run.skippedFiles() == 0 ? "" : run.skippedFiles() == 1
                        ? " (skipped 1 file that is not an invoice)"
                        : " (skipped " + run.skippedFiles() + " files that are not invoices)") + " with " + rules + "; dialect " + run.dialect() + ", profile "
                + run.profileId() + ".");
        long rejections = run.rejections();
        out.println("Findings: " + counts(run.count(Severity.ERROR), run.count(Severity.WARNING),
                run.count(Severity.INFO)) + (rejections > 0 ? ", " + plural(rejections, "rejection") : "")
                + "; " + atStake(run) + ".");
        out.println("Format: " + plural(run.formatIssues(true), "error") + ", "
                + plural(run.formatIssues(false), "warning")
                + (run.failures() > 0 ? "; " + run.failures() + " could not be read or checked" : "") + ".");
        out.println("Result: " + result(run.exitCode()));
    }

    /**
     * @return {@code $X at stake}, or {@code $X at stake in all, $Y counting each line once} when findings overlap
     */
    private static String atStake(CheckRun run) {
        String all = totals(run.amountsAtStake());
        String once = totals(run.exposures());
        return all.equals(once) ? all + " at stake" : all + " at stake in all, " + once + " counting each line once";
    }

    /**
     * @param amounts amounts in any currencies
     * @return the sum per currency in {@link MoneyFormat#DOLLAR_SIGN}, e.g. {@code $1,200.00 + EUR 80.00}, currencies
     *     in code order; {@code $0.00} when there are none
     */
    static String totals(Collection<Money> amounts) {
        Map<String, Money> byCurrency = new TreeMap<>();
        for (Money m : amounts) {
            byCurrency.merge(m.currency().getCurrencyCode(), m, Money::plus);
        }
        if (byCurrency.isEmpty()) {
            return MoneyFormat.DOLLAR_SIGN.format(Money.zero(Money.currency("USD")));
        }
        return byCurrency.values().stream().map(MoneyFormat.DOLLAR_SIGN::format).collect(Collectors.joining(" + "));
    }

    private static String result(int code) {
        return switch (code) {
            case ExitCodes.CLEAN -> "clean (exit 0)";
            case ExitCodes.FINDINGS -> "findings at ERROR severity or rejected lines (exit 1)";
            default -> "format errors, or files that could not be read or checked (exit 2)";
        };
    }

    private static String counts(long errors, long warnings, long info) {
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + info + " info";
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
