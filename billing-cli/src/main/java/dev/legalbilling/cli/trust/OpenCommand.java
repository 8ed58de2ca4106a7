package dev.legalbilling.cli.trust;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.json.trust.TrustJournalFile;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountId;
import dev.legalbilling.trust.TrustAccountKind;
import dev.legalbilling.trust.TrustEntryCanonicalForm;
import dev.legalbilling.trust.TrustAccountingProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing trust open}: creates a new, empty trust journal file for one account: the header line naming the
 * account (id, kind, bank, currency, jurisdiction) and its genesis hash, forced to disk. An existing file is never
 * overwritten. The bank account number is not part of the journal. Created by picocli for one run; not
 * thread-safe.
 */
@Command(name = "open", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Starts a new trust journal file for one trust bank account.")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
final class OpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE",
            description = "The journal file to create (JSON Lines, docs/trust-files.md); must not exist.")
    Path journal;

    @Option(names = "--account", required = true, paramLabel = "ID",
            description = "The firm's name for the trust account, e.g. IOLTA-0001 (not the bank account number).")
    String account;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "IOLTA",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TrustAccountKind kind;

    @Option(names = "--bank", required = true, paramLabel = "NAME", description = "The bank holding the account.")
    String bank;

    @Option(names = "--currency", required = true, paramLabel = "CODE", description = "ISO 4217 code, e.g. USD.")
    String currency;

    @Option(names = "--jurisdiction", required = true, paramLabel = "CODE",
            description = "Whose trust-accounting rules govern the account, e.g. US-IL.")
    String jurisdiction;

    @Override
    public Integer call() {
        TrustAccount trust = new TrustAccount(TrustAccountId.of(account), kind, bank, Money.currency(currency),
                Jurisdiction.of(jurisdiction));
        TrustAccountingProfile profile = TrustAccountingProfile.configurableDefaults(trust.jurisdiction(),
                trust.currency());
        try (TrustJournalFile file = TrustJournalFile.create(journal, trust, profile, Clock.systemUTC())) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Opened trust journal " + journal + " for account " + trust.id() + " (" + trust.kind() + ", "
                    + trust.currency().getCurrencyCode() + ", " + trust.jurisdiction().code() + "); genesis hash "
                    + TrustEntryCanonicalForm.genesis(trust).hex());
            out.flush();
        }
        return ExitCodes.CLEAN;
    }
}
