package dev.legalbilling.receivables.reminder;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.CollectionActionType;
import dev.legalbilling.receivables.collection.SourceOfFunds;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder to send today for one invoice. Immutable and thread-safe.
 *
 * @param step the schedule step
 * @param date the day of the run (today)
 * @param stepDate the day the step fell due; before {@code date} when sent as catch-up after a missed run
 * @param state the invoice's state on {@code date}
 * @param reason why it is sent, as a sentence naming invoice, days, balance and escalation; no client names
 */
public record Reminder(ReminderStep step, LocalDate date, LocalDate stepDate, ReceivableState state, String reason) {

    /** Validates the reminder. */
    public Reminder {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stepDate, "stepDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return the invoice */
    public InvoiceNumber invoice() {
        return state.invoice();
    }

    /** @return the client to remind */
    public ClientId client() {
        return state.client();
    }

    /** @return the open balance */
    public Money balance() {
        return state.balance();
    }

    /** @return true when sent late for a missed run */
    public boolean isCatchUp() {
        return stepDate.isBefore(date);
    }

    /** @return true when the step escalates to the responsible partner */
    public boolean escalates() {
        return step.escalateToResponsiblePartner();
    }

    /** @return the responsible partner to escalate to, when the step escalates and a partner is recorded */
    public Optional<TimekeeperId> escalateTo() {
        return escalates() ? state.receivable().responsiblePartnerIfKnown() : Optional.empty();
    }

    /**
     * @return this reminder as a collection step for the ethics rules: a {@link CollectionActionType#REMINDER} asking
     *     the client to pay the balance
     */
    public CollectionAction collectionAction() {
        return CollectionAction.of(CollectionActionType.REMINDER, date, List.of(state), SourceOfFunds.CLIENT_PAYMENT);
    }
}
