package dev.legalbilling.json.receivables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.reminder.PausedReminder;
import dev.legalbilling.receivables.reminder.Reminder;
import dev.legalbilling.receivables.reminder.ReminderLogEntry;
import dev.legalbilling.receivables.reminder.ReminderRun;
import java.io.IOException;

/**
 * Writes a {@link ReminderRun} in the shape documented in the package description: the run date, reminders to send,
 * paused reminders, skipped steps and the size of the updated log. Ids and amounts only, no client names. Stateless
 * and thread-safe. Not API.
 */
final class ReminderRunSerializer extends StdSerializer<ReminderRun> {
    private static final long serialVersionUID = 1L;

    ReminderRunSerializer() {
        super(ReminderRun.class);
    }

    @Override
    public void serialize(ReminderRun run, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", run.date().toString());
        g.writeArrayFieldStart("reminders");
        for (Reminder r : run.reminders()) {
            g.writeStartObject();
            state(g, r.state());
            g.writeStringField("step", r.step().id());
            g.writeStringField("stepDate", r.stepDate().toString());
            g.writeBooleanField("catchUp", r.isCatchUp());
            g.writeBooleanField("escalate", r.escalates());
            if (r.escalateTo().isPresent()) {
                g.writeStringField("escalateTo", r.escalateTo().get().value());
            }
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("paused");
        for (PausedReminder r : run.paused()) {
            g.writeStartObject();
            state(g, r.state());
            g.writeStringField("step", r.step().id());
            g.writeStringField("stepDate", r.stepDate().toString());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        for (ReminderLogEntry e : run.skipped()) {
            g.writeStartObject();
            g.writeStringField("invoice", e.invoice().value());
            g.writeStringField("step", e.stepId());
            g.writeStringField("reason", e.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("logEntries", run.log().entries().size());
        g.writeEndObject();
    }

    private static void state(JsonGenerator g, ReceivableState s) throws IOException {
        g.writeStringField("invoice", s.invoice().value());
        g.writeStringField("client", s.client().value());
        g.writeStringField("matter", s.matter().value());
        g.writeStringField("dueDate", s.dueDate().toString());
        g.writeNumberField("daysPastDue", s.daysPastDue());
        g.writeStringField("status", s.status().name());
        g.writeStringField("currency", s.currency().getCurrencyCode());
        AgingReportSerializer.amount(g, "balance", s.balance());
    }
}
