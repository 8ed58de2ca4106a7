package dev.legalbilling.cli.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.cli.internal.TrustFiles;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.TrustJsonModule;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.report.LedgerStatementPage;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.LedgerStatement;
import dev.legalbilling.trust.TrustAccount;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing trust ledger}: prints {@link LedgerStatement ledger statements} from a verified trust journal file:
 * every movement on each ledger with its running balance, the totals and the balance as of a day (ABA Model Rule
 * 1.15(a): a record for each client). Text is {@link LedgerStatement#toText(boolean)}, statements separated by a
 * blank line; JSON is {@link TrustJsonModule#toJson(java.util.List, boolean)}; HTML is {@link LedgerStatementPage}
 * (one self-contained page with every statement). Payee names and memos appear only with {@code --include-private}. Created by picocli for one run; not thread-safe.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Client ledger statements from a trust journal: movements, running balance, totals.")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
final class LedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The trust journal file.")
    Path journal;

    @Option(names = "--client", paramLabel = "CLIENT",
            description = "Only this client's ledgers (one statement per matter). Default: every ledger, firm funds "
                    + "and unidentified funds included.")
    String client;

    @Option(names = "--ledger", paramLabel = "LEDGER",
            description = "Only this ledger: CLIENT, CLIENT/MATTER, firm-funds or unidentified.")
    String ledger;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Statement date (ISO): movements dated on or before it. Default: the latest entry date.")
    LocalDate asOf;

    @Option(names = "--include-private",
            description = "Also print payee names and memos (privileged: for the client's own statement or the "
                    + "firm's records).")
    boolean includePrivate;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);

    @Override
    public Integer call() {
        if (client != null && ledger != null) {
            throw new InvalidValueException("--ledger", ledger, "cannot be combined with --client");
        }
        JournalFileContents contents = TrustFiles.readJournal(journal, "printing ledgers");
        TrustAccount account = contents.account();
        LocalDate date = asOf != null ? asOf : contents.entries().stream().map(e -> e.date())
                .max(LocalDate::compareTo).orElse(LocalDate.now(java.time.ZoneOffset.UTC));
        List<LedgerStatement> statements;
        if (ledger != null) {
            LedgerId id = LedgerOption.parse("--ledger", ledger);
            LedgerStatement st = LedgerStatement.of(account, contents.entries(), id, date);
            if (st.lines().isEmpty()) {
                throw new InvalidValueException("--ledger", ledger, "has no movement in " + journal + " by " + date);
            }
            statements = List.of(st);
        } else if (client != null) {
            statements = LedgerStatement.forClient(account, contents.entries(), ClientId.of(client), date);
            if (statements.isEmpty()) {
                throw new InvalidValueException("--client", client, "has no trust ledger with a movement in "
                        + journal + " by " + date);
            }
        } else {
            statements = LedgerStatement.all(account, contents.entries(), date);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == OutputFormat.JSON) {
            out.print(TrustJsonModule.toJson(statements, includePrivate));
        } else if (format.get() == OutputFormat.HTML) {
            out.print(LedgerStatementPage.render(account, date, statements, includePrivate));
        } else if (statements.isEmpty()) {
            out.println("No ledger of trust account " + account.id() + " has a movement by " + date + ".");
        } else {
            for (int i = 0; i < statements.size(); i++) {
                out.print((i == 0 ? "" : "\n") + statements.get(i).toText(includePrivate));
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
