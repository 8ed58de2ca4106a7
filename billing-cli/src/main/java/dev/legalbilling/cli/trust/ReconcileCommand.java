package dev.legalbilling.cli.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.cli.internal.TrustFiles;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.TrustJsonModule;
import dev.legalbilling.report.TrustReconciliationPage;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountingProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing trust reconcile}: loads a trust journal file
 * ({@link dev.legalbilling.json.trust.TrustJournalFile}, verified line by line: a tampered, reordered or torn line is
 * an input error) and a bank statement ({@link dev.legalbilling.json.trust.BankStatementReader}), runs the
 * {@link ThreeWayReconciliation} as of the statement date and prints the {@link ReconciliationReport}.
 *
 * <p>{@code --format text} prints {@link ReconciliationReport#toText()}; {@code --format html} prints
 * {@link TrustReconciliationPage} (one self-contained page); {@code --format json} prints
 * {@link TrustJsonModule#toJson(ReconciliationReport)}: an object with {@code account}, {@code asOf},
 * {@code currency}, {@code result} ({@code BALANCED}, {@code FAILED} when a ledger is negative, or
 * {@code OUT_OF_BALANCE}), {@code balanced}, {@code passed}, {@code bank} (statement balance, deposits in transit,
 * outstanding checks, adjusted balance), {@code journal} (balance, head hash), {@code ledgers} (each ledger and the
 * totals), {@code differences}, {@code causes}, {@code unidentifiedFunds}, {@code reconciliationFrequency} and
 * {@code nextAsOf}; amounts are decimal strings.
 *
 * <p>Exit codes: 0 when the three balances agree and no ledger is negative; 1 when they do not agree or a ledger is
 * negative; 2 for unreadable, malformed or tampered input, or a statement for another account or date. The
 * reconciliation frequency (for the next due date) is the jurisdiction profile's configurable default, quarterly,
 * unless {@code --frequency} says otherwise. Created by picocli for one run; not thread-safe.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Three-way reconciliation: adjusted bank balance vs journal vs client ledgers.")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.FINDINGS, ExitCodes.USAGE_OR_INPUT})
final class ReconcileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE",
            description = "Trust journal file (JSON Lines, as TrustJournalFile writes it).")
    Path journal;

    @Option(names = "--statement", required = true, paramLabel = "FILE", description = "Bank statement (JSON).")
    Path statement;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Expected reconciliation date (ISO); must be the statement date. Default: the statement "
                    + "date.")
    LocalDate asOf;

    @Option(names = "--frequency", paramLabel = "FREQUENCY",
            description = "Reconciliation frequency for the next due date: ${COMPLETION-CANDIDATES} "
                    + "(default: QUARTERLY, a configurable default, not law).")
    ReconciliationFrequency frequency;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);

    @Override
    public Integer call() {
        JournalFileContents contents = TrustFiles.readJournal(journal, "reconciling");
        TrustAccount account = contents.account();
        BankStatement bank = TrustFiles.readStatement(statement, account);
        if (asOf != null && !asOf.equals(bank.statementDate())) {
            throw new InvalidValueException("--as-of", asOf, "must be the statement date " + bank.statementDate()
                    + " of " + statement + " (balances are compared on the statement date)");
        }
        TrustAccountingProfile profile = TrustFiles.profile(account, frequency);
        ReconciliationReport report = ThreeWayReconciliation.reconcile(account, profile, contents.entries(), bank);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format.get()) {
            case JSON -> TrustJsonModule.toJson(report);
            case HTML -> TrustReconciliationPage.render(report);
            default -> report.toText();
        });
        out.flush();
        return report.passed() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }
}
