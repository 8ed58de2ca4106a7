package dev.legalbilling.kafka.internal;

import dev.legalbilling.invoice.Invoice;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per timekeeper and day (the record key, after a repartition), the entries every invoice billed: answers each
 * {@link Message.Kind#SLICE} with a {@link Message.Kind#CONTEXT} holding the entries seen before it, keyed by the
 * slice's submission id, then adds the slice. At most {@code maxEntries} slices are kept per key, the oldest going
 * first. One instance per stream task.
 */
public final class DayStep implements Processor<String, Message, String, Message> {
    /** The store name. */
    public static final String STORE = "timekeeper-days";

    private final int maxEntries;
    private ProcessorContext<String, Message> context;
    private KeyValueStore<String, Message> days;

    /** @param maxEntries slices kept per timekeeper and day */
    public DayStep(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    @Override
    public void init(ProcessorContext<String, Message> value) {
        this.context = value;
        this.days = value.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Message> record) {
        Message day = days.get(record.key());
        List<Invoice> seen = day == null ? List.of() : day.invoices();
        Message slice = record.value();
        context.forward(new Record<>(slice.submissionId(), new Message(Message.Kind.CONTEXT, slice.submissionId(), 0,
                0, null, null, null, seen), record.timestamp()));
        List<Invoice> kept = new ArrayList<>(seen);
        kept.addAll(slice.invoices());
        if (kept.size() > maxEntries) {
            kept = kept.subList(kept.size() - maxEntries, kept.size());
        }
        days.put(record.key(), new Message(Message.Kind.DAY, null, 0, 0, null, null, null, kept));
    }
}
