package dev.legalbilling.cli.ar;

import dev.legalbilling.receivables.collection.FeeArbitrationRules;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.report.ReminderLetters;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code billing ar reminders --letters DIR}: writes the run's letters with {@link ReminderLetters} and says on
 * standard error how many were written, kept from an earlier run, and left out because the invoice is disputed.
 * Stateless.
 */
final class LetterFiles {
    private LetterFiles() {
    }

    static void write(CommandSpec spec, ReminderRun run, Path dir, Path templates, String firm,
            String paymentInstructions) {
        if (firm == null || paymentInstructions == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--letters needs --firm and --payment-instructions (what every letter says)");
        }
        ReminderLetters.Settings settings = new ReminderLetters.Settings(firm,
                paymentInstructions.replace("\\n", "\n"), FeeArbitrationRules.defaults());
        ReminderLetters.Written w = ReminderLetters.of(settings, templates).write(run, dir);
        PrintWriter err = spec.commandLine().getErr();
        err.println("billing: letters in " + dir + ": " + w.written().size() + " files written, "
                + w.alreadyThere().size() + " already there" + (w.disputed().isEmpty() ? ""
                        : ", none for disputed invoice(s) " + String.join(", ", w.disputed())));
        err.flush();
    }
}
