package dev.legalbilling.kafka.internal;

import dev.legalbilling.BillingException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.kafka.InvoiceReview;
import dev.legalbilling.kafka.SubmissionHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads each submission. A readable one goes on as a {@link Message.Kind#SUBMISSION} keyed by its submission id,
 * followed by one {@link Message.Kind#SLICE} per invoice, timekeeper and day keyed by {@code timekeeper|date}; an
 * unreadable one (or one naming an unknown profile or dialect) becomes a {@link Message.Kind#DEAD_LETTER}. Stateless;
 * one instance per stream task.
 */
public final class ReadStep implements Processor<byte[], byte[], String, Message> {
    private final InvoiceReview review;
    private final int maxBytes;
    private ProcessorContext<String, Message> context;

    /**
     * @param review the instance's shared review
     * @param maxBytes the largest submission read
     */
    public ReadStep(InvoiceReview review, int maxBytes) {
        this.review = Objects.requireNonNull(review, "review");
        this.maxBytes = maxBytes;
    }

    @Override
    public void init(ProcessorContext<String, Message> value) {
        this.context = value;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String id = submissionId(context);
        Map<String, String> attributes = DeadLetters.text(record.headers());
        Map<String, List<Invoice>> slices;
        try {
            review.profile(attributes.get(SubmissionHeaders.PROFILE));
            slices = Submission.read(review, id, record.value(), attributes.get(SubmissionHeaders.DIALECT), maxBytes)
                    .daySlices();
        } catch (BillingException e) {
            context.forward(new Record<>(id, Message.output(Message.Kind.DEAD_LETTER, id, record.key(),
                    record.value(), attributes), record.timestamp(), DeadLetters.deadLetter(id, attributes, e)));
            return;
        }
        int count = slices.values().stream().mapToInt(List::size).sum();
        context.forward(new Record<>(id, new Message(Message.Kind.SUBMISSION, id, count, 0, record.key(),
                record.value(), attributes, null), record.timestamp()));
        slices.forEach((day, parts) -> parts.forEach(part -> context.forward(new Record<>(day,
                new Message(Message.Kind.SLICE, id, 0, 0, null, null, null, List.of(part)), record.timestamp()))));
    }

    /** @return {@code topic-partition@offset} of the record being processed */
    static String submissionId(ProcessorContext<?, ?> context) {
        RecordMetadata m = context.recordMetadata().orElseThrow(() -> new IllegalStateException(
                "a submission must come from a topic"));
        return m.topic() + "-" + m.partition() + "@" + m.offset();
    }
}
