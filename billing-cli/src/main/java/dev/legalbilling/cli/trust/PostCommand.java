package dev.legalbilling.cli.trust;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.MoneyOption;
import dev.legalbilling.cli.internal.TrustFiles;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.trust.TrustJournalFile;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.EarnedFee;
import dev.legalbilling.trust.EarnedFees;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.PayeeKind;
import dev.legalbilling.trust.Posting;
import dev.legalbilling.trust.TransactionType;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustEntryId;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import dev.legalbilling.trust.TrustTransactionRefusedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing trust post}: records one transaction in a trust journal file, of any kind the journal supports.
 *
 * <p>The journal file is opened under its exclusive lock (waiting up to {@code --wait} seconds for another writer),
 * verified in full, and the transaction is checked by {@link TrustJournal} exactly as replay would check it, plus the
 * profile's policies: a refusal names the ledger or invoice and the amounts and records nothing (exit 1). An accepted
 * entry is appended as one new line and forced to disk before the command reports it; earlier lines are never
 * rewritten. Created by picocli for one run; not thread-safe.
 */
@Command(name = "post", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records one transaction in a trust journal file: deposit, disbursement, earned-fee transfer,"
            + " refund, bank charge, firm-funds deposit, interest, identification of unidentified funds, transfer between"
                + " client ledgers, reversal.",
            "Anything the journal would refuse (a ledger below zero, an unearned transfer, firm funds above the "
                + "cushion, a split deposit) is refused with the ledger and amounts named, and nothing is written."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.FINDINGS, ExitCodes.USAGE_OR_INPUT})
final class PostCommand implements Callable<Integer> {
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("purpose", "--purpose"),
            Map.entry("payeeKind", "--payee-kind"), Map.entry("payee", "--payee"), Map.entry("invoice", "--invoice"),
            Map.entry("postings", "--ledger/--amount"), Map.entry("posting.ledger", "--ledger"),
            Map.entry("posting.amount", "--amount"), Map.entry("resolves", "--resolves"),
            Map.entry("reverses", "--reverses"), Map.entry("reference", "--reference"),
            Map.entry("divertedToOperating", "--diverted-to-operating"), Map.entry("memo", "--memo"));

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The trust journal file.")
    Path journal;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "deposit, disbursement, earned-fee-transfer, refund, bank-charge, firm-funds-deposit, "
                    + "interest, identification, ledger-transfer or reversal.")
    String type;

    @Option(names = "--date", required = true, paramLabel = "DATE",
            description = "The day the money moved (or the correction is made), ISO.")
    LocalDate date;

    @Option(names = "--ledger", paramLabel = "LEDGER",
            description = "CLIENT, CLIENT/MATTER, firm-funds or unidentified; repeat with --amount for a deposit to "
                    + "several ledgers; twice (from, to) for a ledger-transfer. Default: firm-funds for bank-charge and "
                    + "firm-funds-deposit.")
    List<String> ledgers = new ArrayList<>();

    @Option(names = "--amount", paramLabel = "AMOUNT",
            description = "Amount for the --ledger in the same position, above zero (e.g. 2500 or 2,500.00); the "
                    + "type gives the direction.")
    List<String> amounts = new ArrayList<>();

    @Option(names = "--purpose", paramLabel = "PURPOSE",
            description = "Deposit: client-funds, advance-fee, advance-costs or settlement-proceeds.")
    String purpose;

    @Option(names = "--payee-kind", paramLabel = "KIND", description = "Disbursement: client or third-party.")
    String payeeKind;

    @Option(names = "--payee", paramLabel = "NAME",
            description = "Disbursement: who is paid (privileged: kept in the journal, never printed here).")
    String payee;

    @Option(names = "--invoice", paramLabel = "NUMBER", description = "Earned-fee transfer: the invoice.")
    String invoice;

    @Option(names = "--earned-undisputed", paramLabel = "AMOUNT",
            description = "Earned-fee transfer: the invoice's earned, undisputed fees you vouch for (its total less "
                    + "any disputed part); transfers for the invoice may never exceed it in total.")
    String earnedUndisputed;

    @Option(names = "--invoice-matter", paramLabel = "MATTER",
            description = "Earned-fee transfer from a ledger without a matter: the invoice's matter. Default: the "
                    + "ledger's matter.")
    String invoiceMatter;

    @Option(names = "--resolves", paramLabel = "ENTRY",
            description = "Identification, or disbursement from unidentified: the unidentified deposit's entry "
                    + "number.")
    Long resolves;

    @Option(names = "--reverses", paramLabel = "ENTRY", description = "Reversal: the entry number to reverse.")
    Long reverses;

    @Option(names = "--diverted-to-operating", paramLabel = "AMOUNT",
            description = "Deposit: part of the same item sent to operating (a split deposit; refused unless "
                    + "--allow-split-deposits).")
    String diverted;

    @Option(names = "--reference", paramLabel = "REF", description = "Check number, deposit slip or wire reference.")
    String reference;

    @Option(names = "--authorised-by", paramLabel = "TIMEKEEPER",
            description = "The lawyer who authorised the movement.")
    String authorisedBy;

    @Option(names = "--memo", paramLabel = "TEXT", description = "Free text (privileged; never printed here).")
    String memo;

    @Option(names = "--firm-funds-cushion", paramLabel = "AMOUNT",
            description = "Most of the firm's own money the account may hold for bank charges. Default: 500.00, a "
                    + "configurable default, not law (Rule 1.15(b): only the amount needed).")
    String cushion;

    @Option(names = "--allow-split-deposits",
            description = "Accept split deposits (the ABA Model Rules for Client Trust Account Records forbid them).")
    boolean allowSplitDeposits;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for another writer's lock on the journal. Default: ${DEFAULT-VALUE}.")
    int waitSeconds;

    @Override
    public Integer call() {
        TransactionType kind = enumOption("--type", type, TransactionType.class);
        if (waitSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wait must not be negative");
        }
        TrustAccount account = TrustFiles.readJournal(journal, "posting").account();
        TrustAccountingProfile profile = TrustFiles.profile(account, null).withSplitDepositsAllowed(allowSplitDeposits);
        if (cushion != null) {
            profile = profile.withBankChargeCushionMax(MoneyOption.nonNegative("--firm-funds-cushion", cushion,
                    account.currency()));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TrustJournalFile file = TrustFiles.openForAppend(journal, profile, Duration.ofSeconds(waitSeconds))) {
            TrustJournal j = file.journal();
            TrustEntry entry;
            try {
                entry = record(j, kind);
            } catch (TrustTransactionRefusedException refused) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("billing: " + journal + ": " + refused.getMessage() + "; nothing was recorded");
                err.flush();
                return ExitCodes.FINDINGS;
            }
            out.println("Recorded entry " + entry.id() + ": " + describe(entry) + "; journal balance "
                    + MoneyFormat.CODE.format(j.balance()) + ", head hash "
                    + entry.hash().hex());
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private TrustEntry record(TrustJournal j, TransactionType kind) {
        TrustAccount account = j.account();
        if (kind == TransactionType.REVERSAL) {
            if (reverses == null) {
                throw new InvalidValueException("--reverses", null, "is required for a reversal: the entry number");
            }
            requireNone(kind, "--ledger", ledgers.isEmpty() ? null : ledgers);
            requireNone(kind, "--amount", amounts.isEmpty() ? null : amounts);
            try {
                return j.reverse(TrustEntryId.of(account.id(), reverses), date, memo);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("--reverses", reverses, "must be an entry of trust account "
                        + account.id() + " (it holds " + j.size() + ")");
            }
        }
        List<Posting> postings = postings(kind, account);
        EarnedFees earned = EarnedFees.none();
        TrustTransaction.Builder b = TrustTransaction.builder(kind, date);
        try {
            for (Posting p : postings) {
                b.posting(p);
            }
            if (purpose != null) {
                b.purpose(enumOption("--purpose", purpose, DepositPurpose.class));
            }
            if (payeeKind != null || payee != null) {
                b.payee(payeeKind == null ? null : enumOption("--payee-kind", payeeKind, PayeeKind.class), payee);
            }
            if (invoice != null) {
                b.invoice(InvoiceNumber.of(invoice));
            }
            if (resolves != null) {
                b.resolves(TrustEntryId.of(account.id(), resolves));
            }
            if (diverted != null) {
                b.divertedToOperating(MoneyOption.positive("--diverted-to-operating", diverted, account.currency()));
            }
            b.reference(reference).memo(memo);
            if (authorisedBy != null) {
                b.authorisedBy(TimekeeperId.of(authorisedBy));
            }
            requireNone(kind, "--reverses", reverses);
            if (kind == TransactionType.EARNED_FEE_TRANSFER) {
                earned = earnedFees(postings, account);
            } else {
                requireNone(kind, "--earned-undisputed", earnedUndisputed);
                requireNone(kind, "--invoice-matter", invoiceMatter);
            }
            return j.post(b.build(), earned);
        } catch (InvalidValueException e) {
            String option = OPTIONS.get(e.field());
            if (option == null) {
                throw e;
            }
            throw new BillingException("CLI_TRUST_POST_INVALID", "cannot post a " + label(kind) + " (" + option
                    + "): " + e.getMessage());
        }
    }

    private List<Posting> postings(TransactionType kind, TrustAccount account) {
        List<String> names = ledgers;
        if (names.isEmpty() && (kind == TransactionType.BANK_CHARGE || kind == TransactionType.FIRM_FUNDS_DEPOSIT)) {
            names = List.of(LedgerOption.FIRM_FUNDS);
        }
        if (names.isEmpty()) {
            throw new InvalidValueException("--ledger", null, "is required for a " + label(kind));
        }
        if (kind == TransactionType.LEDGER_TRANSFER) {
            if (names.size() != 2 || amounts.size() != 1) {
                throw new InvalidValueException("--ledger", names, "must be given twice (from, then to) with one "
                        + "--amount for a ledger transfer");
            }
            Money amount = MoneyOption.positive("--amount", amounts.get(0), account.currency());
            return List.of(new Posting(LedgerOption.parse("--ledger", names.get(0)), amount.negate()),
                    new Posting(LedgerOption.parse("--ledger", names.get(1)), amount));
        }
        if (amounts.size() != names.size()) {
            throw new InvalidValueException("--amount", amounts, "must be given once per --ledger (" + names.size()
                    + " ledger" + (names.size() == 1 ? "" : "s") + ", " + amounts.size() + " amount"
                    + (amounts.size() == 1 ? "" : "s") + ")");
        }
        List<Posting> result = new ArrayList<>();
        if (kind == TransactionType.IDENTIFICATION) {
            if (names.size() != 1) {
                throw new InvalidValueException("--ledger", names, "must name exactly one owner ledger for an "
                        + "identification");
            }
            Money amount = MoneyOption.positive("--amount", amounts.get(0), account.currency());
            result.add(new Posting(LedgerId.unidentified(), amount.negate()));
            result.add(new Posting(LedgerOption.parse("--ledger", names.get(0)), amount));
            return result;
        }
        boolean credit = kind.isInflow();
        for (int i = 0; i < names.size(); i++) {
            Money amount = MoneyOption.positive("--amount", amounts.get(i), account.currency());
            result.add(new Posting(LedgerOption.parse("--ledger", names.get(i)), credit ? amount : amount.negate()));
        }
        return result;
    }

    private EarnedFees earnedFees(List<Posting> postings, TrustAccount account) {
        if (earnedUndisputed == null) {
            throw new InvalidValueException("--earned-undisputed", null, "is required for an earned-fee transfer: "
                    + "the invoice's earned, undisputed fees you vouch for");
        }
        if (invoice == null) {
            throw new InvalidValueException("--invoice", null, "is required for an earned-fee transfer");
        }
        LedgerId ledger = postings.get(0).ledger();
        if (!ledger.isClient()) {
            throw new InvalidValueException("--ledger", LedgerOption.format(ledger), "must be a client ledger for an "
                    + "earned-fee transfer");
        }
        MatterId matter = invoiceMatter != null ? MatterId.of(invoiceMatter) : ledger.matter();
        if (matter == null) {
            throw new InvalidValueException("--invoice-matter", null, "is required when the ledger has no matter: "
                    + "the matter of invoice " + invoice);
        }
        return EarnedFees.of(new EarnedFee(InvoiceNumber.of(invoice), ledger.client(), matter,
                MoneyOption.nonNegative("--earned-undisputed", earnedUndisputed, account.currency())));
    }

    private static void requireNone(TransactionType kind, String option, Object value) {
        if (value != null) {
            throw new InvalidValueException(option, value, "does not apply to a " + label(kind));
        }
    }

    private static <E extends Enum<E>> E enumOption(String option, String text, Class<E> type) {
        String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(label(e));
        }
        throw new InvalidValueException(option, text, "must be one of " + String.join(", ", names));
    }

    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String describe(TrustEntry entry) {
        StringBuilder s = new StringBuilder(label(entry.type())).append(" on ").append(entry.date());
        for (Posting p : entry.postings()) {
            s.append(", ").append(LedgerOption.format(p.ledger())).append(' ')
                    .append(p.amount().isPositive() ? "+" : "").append(MoneyFormat.GROUPED.format(p.amount()));
        }
        entry.transaction().invoice().ifPresent(i -> s.append(", invoice ").append(i));
        return s.toString();
    }
}
