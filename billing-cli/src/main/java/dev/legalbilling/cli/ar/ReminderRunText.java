package dev.legalbilling.cli.ar;

import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.reminder.PausedReminder;
import dev.legalbilling.receivables.reminder.Reminder;
import dev.legalbilling.receivables.reminder.ReminderLogEntry;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.receivables.reminder.ReminderSchedule;
import dev.legalbilling.receivables.reminder.ReminderStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a reminder run for people: a heading with the schedule, then the reminders to send (invoice, client,
 * matter, step, balance, escalation, and the reason word-wrapped below), the reminders paused by disputes, the steps
 * recorded as skipped, and what happened to the log. Ids and amounts only, no client names. Stateless.
 */
final class ReminderRunText {
    private static final int WIDTH = 100;
    private static final String INDENT = "      ";

    private ReminderRunText() {
    }

    static String render(ReminderSchedule schedule, ReminderRun run, Path log, int added) {
        StringBuilder s = new StringBuilder(1024);
        s.append("Payment reminders for ").append(run.date()).append('\n');
        wrap(s, "", "Schedule: " + describe(schedule) + ".");
        s.append('\n');

        s.append("To send: ").append(run.reminders().size()).append('\n');
        for (Reminder r : run.reminders()) {
            String escalation = r.escalateTo().map(p -> "  escalate to " + p.value())
                    .orElse(r.escalates() ? "  escalate (no responsible partner recorded)" : "");
            s.append(row(r.state(), r.step().id())).append(r.isCatchUp() ? "  catch-up" : "").append(escalation)
                    .append('\n');
            wrap(s, INDENT, r.reason());
        }
        s.append('\n');

        s.append("Paused because the invoice is disputed: ").append(run.paused().size()).append('\n');
        for (PausedReminder p : run.paused()) {
            s.append(row(p.state(), p.step().id())).append('\n');
            wrap(s, INDENT, p.reason());
        }
        s.append('\n');

        s.append("Steps recorded as skipped: ").append(run.skipped().size()).append('\n');
        for (ReminderLogEntry e : run.skipped()) {
            s.append("  ").append(pad(e.invoice().value(), 11)).append(e.stepId()).append('\n');
            wrap(s, INDENT, e.reason());
        }
        s.append('\n');

        if (log == null) {
            s.append("Reminder log: none given; this run was not recorded (pass --log FILE once the reminders "
                    + "are sent).\n");
        } else {
            s.append("Reminder log: ").append(log).append(", ").append(run.log().entries().size())
                    .append(run.log().entries().size() == 1 ? " entry" : " entries").append(", ").append(added)
                    .append(" added by this run.\n");
        }
        return s.toString();
    }

    private static String describe(ReminderSchedule schedule) {
        List<String> steps = new ArrayList<>();
        for (ReminderStep step : schedule.steps()) {
            steps.add(step.id() + " (" + step.describe()
                    + (step.escalateToResponsiblePartner() ? ", escalates to the responsible partner" : "") + ")");
        }
        return String.join(", ", steps);
    }

    private static String row(ReceivableState state, String step) {
        return "  " + pad(state.invoice().value(), 11) + pad(state.client().value(), 10)
                + pad(state.matter().value(), 12) + pad(step, 14) + money(state.balance());
    }

    private static String pad(String text, int width) {
        StringBuilder b = new StringBuilder(text);
        do {
            b.append(' ');
        } while (b.length() < width);
        return b.toString();
    }

    /** @return e.g. {@code USD 3,933.00}: code and amount grouped with commas, locale-independent */
    static String money(Money m) {
        return MoneyFormat.CODE.format(m);
    }

    /** Appends text word-wrapped to {@value #WIDTH} columns, each line starting with the indent. */
    private static void wrap(StringBuilder s, String indent, String text) {
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > indent.length() && column + 1 + word.length() > WIDTH) {
                s.append('\n');
                column = 0;
            }
            if (column == 0) {
                s.append(indent).append(word);
                column = indent.length() + word.length();
            } else {
                s.append(' ').append(word);
                column += 1 + word.length();
            }
        }
        s.append('\n');
    }
}
