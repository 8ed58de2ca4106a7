package dev.legalbilling.kafka.internal;

import dev.legalbilling.invoice.Invoice;
import java.util.List;
import java.util.Map;

/**
 * What flows between the steps of the topology and what the stores keep; serialized as JSON by
 * {@link MessageSerde}.
 *
 * @param kind what it is
 * @param submissionId the input record it belongs to, {@code topic-partition@offset}
 * @param slices for a {@link Kind#SUBMISSION} or {@link Kind#PENDING}: how many day slices the submission has, so
 *     how many {@link Kind#CONTEXT} answers to wait for (-1 in a PENDING counter while the submission is not in)
 * @param contexts for {@link Kind#PENDING}: how many answers came so far
 * @param key the input record's key, or null
 * @param value the input record's value (SUBMISSION) or the output's value (REPORT, ADJUSTED, DEAD_LETTER)
 * @param attributes the input's profile and dialect headers, and for outputs the headers to write
 * @param invoices for SLICE: the one day's entries of one invoice; for CONTEXT and DAY: other invoices' entries of
 *     the timekeeper-day
 */
public record Message(Kind kind, String submissionId, int slices, int contexts, byte[] key, byte[] value,
        Map<String, String> attributes, List<Invoice> invoices) {

    /** Kinds of message. */
    public enum Kind {
        /** A submission that was read: its original bytes, waiting for its day answers. */
        SUBMISSION,
        /** One invoice's entries of one timekeeper and day. */
        SLICE,
        /** The answer to a slice: other invoices' entries of that timekeeper and day. */
        CONTEXT,
        /** Store value: the entries seen for one timekeeper and day. */
        DAY,
        /** Store value: how many day slices a submission has and how many answers came so far. */
        PENDING,
        /** Output: the report JSON. */
        REPORT,
        /** Output: the adjusted invoices. */
        ADJUSTED,
        /** Output: a record that could not be read or checked. */
        DEAD_LETTER
    }

    /** Copies the collections; nulls become empty. */
    public Message {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
    }

    static Message output(Kind kind, String submissionId, byte[] key, byte[] value, Map<String, String> headers) {
        return new Message(kind, submissionId, 0, 0, key, value, headers, null);
    }
}
