package dev.legalbilling.cli.ar;

import dev.legalbilling.BillingException;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.receivables.ReceivablesFiles;
import dev.legalbilling.json.receivables.ReceivablesJsonModule;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.reminder.ReminderLog;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.receivables.reminder.ReminderSchedule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing ar reminders}: the payment reminders due on a date under the {@linkplain ReminderSchedule#standard()
 * standard schedule}, each with its reason, the reminders paused by disputes and the steps recorded as skipped.
 *
 * <p>Without {@code --log} the run is a preview: nothing is recorded, and every step already due is reported as if
 * no reminder had ever been sent. With {@code --log FILE} the history is read from the file (a missing file is an
 * empty history and is created) and the updated history, with this run's reminders recorded as sent, replaces it
 * atomically, so a second run on the same day prints nothing new. Pass {@code --log} only when the reminders
 * printed will be sent.
 *
 * <p>With {@code --letters DIR} each reminder to send is also written as a letter ({@link LetterFiles}), before the
 * log is updated, so a reminder is never recorded as sent without its letter.
 *
 * <p>Text output is described in {@link ReminderRunText}; JSON is
 * {@link ReceivablesJsonModule#reminderRunToJson}. Exit code 0 whenever the input is valid, 2 for bad input or a
 * log that cannot be written. Created by picocli for one run; not thread-safe.
 */
@Command(name = "reminders", mixinStandardHelpOptions = true,
        description = "Payment reminders due today, with reasons; paused reminders of disputed invoices.")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
final class RemindersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReceivablesInput input;

    @Option(names = "--log", paramLabel = "FILE",
            description = "Reminder history (JSON or YAML): read, then replaced with this run recorded. Created "
                    + "when missing. Without it the run is a preview and records nothing.")
    Path log;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Run date (ISO): today.")
    LocalDate asOf;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON);

    @Option(names = "--letters", paramLabel = "DIR",
            description = "Also write each reminder as a letter: DATE_INVOICE_STEP.html and an e-mail body .txt "
                    + "(subject first). Files already there are kept; disputed invoices get none.")
    Path letters;

    @Option(names = "--letter-templates", paramLabel = "DIR",
            description = "The firm's letter.html.mustache and letter.txt.mustache, replacing the bundled ones.")
    Path letterTemplates;

    @Option(names = "--firm", paramLabel = "NAME", description = "The firm's name, signing the letters.")
    String firm;

    @Option(names = "--payment-instructions", paramLabel = "TEXT",
            description = "How to pay (account, reference, address) for the letters; '\\n' separates lines.")
    String paymentInstructions;

    @Override
    public Integer call() {
        ReceivablesLedger ledger = input.ledger();
        ReminderLog history = ReminderLog.empty();
        boolean newLog = log != null && !Files.exists(log);
        if (log != null) {
            Path dir = log.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new JsonInputException(log.toString(), "", 0, 0, "cannot be created: directory " + dir
                        + " does not exist");
            }
            if (!newLog) {
                history = ReceivablesFiles.readReminderLog(log);
            }
        }
        ReminderRun run = ReminderSchedule.standard().run(ledger, history, asOf);
        if (letters != null) {
            LetterFiles.write(spec, run, letters, letterTemplates, firm, paymentInstructions);
        }
        if (log != null && (newLog || !run.log().equals(history))) {
            try {
                ReceivablesFiles.writeReminderLog(log, run.log());
            } catch (UncheckedIOException e) {
                throw new BillingException("RECEIVABLES_LOG_NOT_WRITTEN", "reminder log " + log
                        + " cannot be written (" + e.getCause().getMessage() + "); nothing was recorded", e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == OutputFormat.JSON) {
            out.print(ReceivablesJsonModule.reminderRunToJson(run));
        } else {
            out.print(ReminderRunText.render(ReminderSchedule.standard(), run, log,
                    run.log().entries().size() - history.entries().size()));
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
