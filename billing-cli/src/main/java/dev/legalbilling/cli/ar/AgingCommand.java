package dev.legalbilling.cli.ar;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.json.receivables.ReceivablesJsonModule;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.aging.AgingReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing ar aging}: the accounts receivable aging on a date, one {@link AgingReport} per currency. Text is
 * {@link AgingReport#toText()} (reports separated by a blank line); JSON is
 * {@link ReceivablesJsonModule#agingToJson} with the {@code metrics} of {@link AgingOutput} added (days sales
 * outstanding and collection realization over {@code --period-days}); HTML is one self-contained page
 * ({@link dev.legalbilling.report.AgingPage}) with the same figures. Exit code 0 whenever the input is valid (open
 * balances are not findings), 2 for bad input. Created by picocli for one run; not thread-safe.
 */
@Command(name = "aging", mixinStandardHelpOptions = true,
        description = "Accounts receivable aging: open invoices by days past due, with client, matter and firm "
                + "totals.")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
final class AgingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReceivablesInput input;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Report date (ISO).")
    LocalDate asOf;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);

    @Option(names = "--period-days", paramLabel = "DAYS", defaultValue = "90",
            description = "Trailing period, ending on --as-of, for days sales outstanding and collection realization"
                    + " in the json and html output (default: ${DEFAULT-VALUE}).")
    int periodDays;

    @Override
    public Integer call() {
        ReceivablesLedger ledger = input.ledger();
        List<AgingReport> reports = AgingReport.allCurrencies(ledger, asOf);
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == OutputFormat.JSON) {
            out.print(AgingOutput.json(asOf, reports, AgingOutput.metrics(ledger, asOf, reports, periodDays)));
        } else if (format.get() == OutputFormat.HTML) {
            out.print(AgingOutput.html(asOf, reports, AgingOutput.metrics(ledger, asOf, reports, periodDays)));
        } else if (reports.isEmpty()) {
            out.print("Accounts receivable aging as of " + asOf + "\nNo receivables.\n");
        } else {
            for (int i = 0; i < reports.size(); i++) {
                out.print((i == 0 ? "" : "\n") + reports.get(i).toText());
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
