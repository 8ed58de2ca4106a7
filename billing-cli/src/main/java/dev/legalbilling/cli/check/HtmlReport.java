package dev.legalbilling.cli.check;

import dev.legalbilling.report.CheckReportPage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report of {@code billing check}: the run handed to {@link CheckReportPage}, with the same invoices,
 * findings and amounts as {@link JsonReport}, plus the format issues and unreadable files as sentences. Stateless.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param out where the page goes
     * @param run what the run found (invoices kept, for timekeepers, adjusted totals and narratives)
     * @param includeNarratives whether to show the narratives of the lines findings are about
     */
    static void print(PrintWriter out, CheckRun run, boolean includeNarratives) {
        List<CheckReportPage.CheckedInvoice> invoices = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CheckedFile file : run.files()) {
            file.issues().forEach(i -> problems.add(i.toText()));
            problems.addAll(file.errors());
            for (CheckedInvoice invoice : file.invoices()) {
                invoices.add(new CheckReportPage.CheckedInvoice(file.file(), invoice.report(), invoice.invoice()));
            }
        }
        out.print(CheckReportPage.render(invoices, new CheckReportPage.Run(run.dialect(), run.profileId(),
                run.ruleSets(), problems, run.exitCode(), includeNarratives)));
        out.flush();
    }
}
