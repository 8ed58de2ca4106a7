package dev.legalbilling.receivables.reminder;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A firm's reminder policy as data: steps relative to each invoice's due date, and the logic that turns the ledger,
 * the log of steps already taken and today's date into today's reminders ({@link #run}).
 *
 * <p><b>Which invoices.</b> Invoices issued on or before the run date with a balance above zero on that date.
 * Disputed invoices are paused: their due reminder is reported as {@link PausedReminder} and nothing is logged.
 *
 * <p><b>Which step.</b> A step is <em>reached</em> when its date (due date + offset) is on or before the run date and
 * it is not yet in the log for the invoice. At most one reminder per invoice per run: the reached step with the
 * largest offset, provided it comes after every step already logged for the invoice (a reminder never goes backwards)
 * and does not fall before the invoice date. Every other reached step is recorded as
 * {@link ReminderOutcome#SKIPPED} with its reason, so it is never sent later.
 *
 * <p><b>Missed runs (catch-up).</b> If runs were missed and several steps were reached since the last run, only the
 * latest is sent (flagged {@link Reminder#isCatchUp()}) and the earlier ones are recorded as skipped ("missed run"):
 * a client never gets three reminders on one day. The same applies when a dispute is resolved after steps fell due.
 *
 * <p><b>Idempotence.</b> Every reached step ends up in the returned log, so running again on the same day with that
 * log yields no reminders and no skips. Log entries whose step id is no longer in the schedule are ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param steps the steps, sorted by offset on construction; ids and offsets unique; at least one
 */
public record ReminderSchedule(List<ReminderStep> steps) {
    private static final ReminderSchedule STANDARD = new ReminderSchedule(List.of(
            new ReminderStep("BEFORE-DUE-7", -7, false),
            new ReminderStep("ON-DUE", 0, false),
            new ReminderStep("PAST-DUE-15", 15, false),
            new ReminderStep("PAST-DUE-30", 30, false),
            new ReminderStep("PAST-DUE-60", 60, true)));

    /**
     * Validates and sorts the steps.
     *
     * @throws InvalidValueException when there are no steps or two share an id or offset
     */
    public ReminderSchedule {
        List<ReminderStep> sorted = new ArrayList<>(Objects.requireNonNull(steps, "steps"));
        if (sorted.isEmpty()) {
            throw new InvalidValueException("steps", "[]", "must contain at least one reminder step");
        }
        sorted.sort(Comparator.comparingInt(ReminderStep::daysFromDue));
        Set<String> ids = new HashSet<>();
        Set<Integer> offsets = new HashSet<>();
        for (ReminderStep s : sorted) {
            if (!ids.add(s.id())) {
                throw new InvalidValueException("stepId", s.id(), "is used by two reminder steps");
            }
            if (!offsets.add(s.daysFromDue())) {
                throw new InvalidValueException("daysFromDue", s.daysFromDue(), "is used by two reminder steps");
            }
        }
        steps = List.copyOf(sorted);
    }

    /**
     * @return 7 days before the due date, on the due date, 15, 30 and 60 days after it; the 60-day step escalates
     *     to the responsible partner
     */
    public static ReminderSchedule standard() {
        return STANDARD;
    }

    /**
     * @param id a step id
     * @return the step, if in the schedule
     */
    public Optional<ReminderStep> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Produces today's reminders.
     *
     * @param ledger the receivables
     * @param log the steps already sent or skipped
     * @param today the run date
     * @return reminders to send, skipped steps, paused reminders and the updated log
     * @throws BackDatedReminderRunException when {@code today} is before the last run recorded in the log: such a
     *     run would judge invoices as they were before later payments and disputes the log's run already saw, and
     *     could send a reminder on an invoice disputed or paid since
     */
    public ReminderRun run(ReceivablesLedger ledger, ReminderLog log, LocalDate today) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(today, "today");
        Optional<LocalDate> lastRun = log.lastRunDate();
        if (lastRun.isPresent() && today.isBefore(lastRun.get())) {
            throw new BackDatedReminderRunException(today, lastRun.get());
        }
        List<Reminder> reminders = new ArrayList<>();
        List<ReminderLogEntry> skipped = new ArrayList<>();
        List<PausedReminder> paused = new ArrayList<>();
        List<ReminderLogEntry> recorded = new ArrayList<>();
        for (ReceivableState state : ledger.states(today)) {
            if (!state.isOpen()) {
                continue;
            }
            Receivable r = state.receivable();
            ReminderStep latestLogged = null;
            List<ReminderStep> reached = new ArrayList<>();
            for (ReminderStep s : steps) {
                if (log.contains(r.invoice(), s.id())) {
                    latestLogged = s;
                } else if (!s.dateFor(r.dueDate()).isAfter(today)) {
                    reached.add(s);
                }
            }
            if (reached.isEmpty()) {
                continue;
            }
            ReminderStep send = null;
            for (ReminderStep s : reached) {
                boolean afterLogged = latestLogged == null || s.daysFromDue() > latestLogged.daysFromDue();
                if (afterLogged && !s.dateFor(r.dueDate()).isBefore(r.invoiceDate())) {
                    send = s;
                }
            }
            if (state.isDisputed()) {
                if (send != null) {
                    paused.add(new PausedReminder(send, send.dateFor(r.dueDate()), state, "invoice " + r.invoice()
                            + " has been disputed since " + state.disputedSince() + " ("
                            + MoneyFormat.CODE.format(state.amountInDispute()) + " in dispute); step " + send.id()
                            + " is paused until the dispute is resolved"));
                }
                continue;
            }
            for (ReminderStep s : reached) {
                if (s == send) {
                    Reminder reminder = new Reminder(s, today, s.dateFor(r.dueDate()), state,
                            reason(s, state, today, reached.size() > 1));
                    reminders.add(reminder);
                    recorded.add(new ReminderLogEntry(r.invoice(), s.id(), today, ReminderOutcome.SENT,
                            reminder.reason()));
                } else {
                    ReminderLogEntry entry = new ReminderLogEntry(r.invoice(), s.id(), today,
                            ReminderOutcome.SKIPPED, skipReason(s, r, latestLogged, send));
                    skipped.add(entry);
                    recorded.add(entry);
                }
            }
        }
        return new ReminderRun(today, reminders, skipped, paused, log.with(recorded));
    }

    private static String reason(ReminderStep step, ReceivableState state, LocalDate today, boolean othersSkipped) {
        Receivable r = state.receivable();
        long days = state.daysPastDue();
        StringBuilder text = new StringBuilder("Invoice ").append(r.invoice());
        if (days < 0) {
            text.append(" falls due in ").append(-days).append(-days == 1 ? " day" : " days");
        } else if (days == 0) {
            text.append(" falls due today");
        } else {
            text.append(" is ").append(days).append(days == 1 ? " day" : " days").append(" past due");
        }
        text.append(" (due ").append(r.dueDate()).append("), balance ")
                .append(MoneyFormat.CODE.format(state.balance())).append(" (").append(state.status().label())
                .append("). Step ").append(step.id()).append(" (").append(step.describe()).append(")");
        LocalDate stepDate = step.dateFor(r.dueDate());
        if (stepDate.isBefore(today)) {
            text.append(" was scheduled for ").append(stepDate)
                    .append(" and is sent late because a run was missed");
        } else {
            text.append(" is scheduled for today");
        }
        if (othersSkipped) {
            text.append("; earlier unsent steps are recorded as skipped");
        }
        text.append('.');
        if (step.escalateToResponsiblePartner()) {
            text.append(r.responsiblePartnerIfKnown()
                    .map(p -> " Escalate to responsible partner " + p + ".")
                    .orElse(" Escalation requested, but no responsible partner is recorded."));
        }
        return text.toString();
    }

    private static String skipReason(ReminderStep step, Receivable r, ReminderStep latestLogged, ReminderStep sent) {
        LocalDate stepDate = step.dateFor(r.dueDate());
        if (stepDate.isBefore(r.invoiceDate())) {
            return "step " + step.id() + " falls on " + stepDate + ", before invoice " + r.invoice()
                    + " was issued on " + r.invoiceDate();
        }
        if (latestLogged != null && step.daysFromDue() <= latestLogged.daysFromDue()) {
            return "step " + step.id() + " comes before step " + latestLogged.id()
                    + ", already recorded for invoice " + r.invoice();
        }
        return "missed run: step " + step.id() + " was scheduled for " + stepDate
                + "; catch-up sends only the latest due step" + (sent == null ? "" : ", " + sent.id());
    }
}
