package dev.legalbilling.kafka.internal;

import dev.legalbilling.invoice.Invoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What flows between the steps of the topology and what the stores keep; serialized as JSON by
 * {@link MessageSerde}.
 *
 * @param kind what it is
 * @param submissionId the input record it belongs to, {@code topic-partition@offset}
 * @param slices for a {@link Kind#SUBMISSION} or {@link Kind#PENDING}: how many day slices the submission has, so
 *     how many {@link Kind#CONTEXT} answers to wait for
 * @param contexts for {@link Kind#PENDING}: how many answers came so far
 * @param key the input record's key, or null
 * @param value the input record's value (SUBMISSION, PENDING) or the output's value (REPORT, ADJUSTED, DEAD_LETTER)
 * @param attributes the input's profile and dialect headers, and for outputs the headers to write
 * @param invoices for SLICE: the one day's entries of one invoice; for CONTEXT, DAY and PENDING: other invoices'
 *     entries of the submission's timekeeper-days
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
        /** Store value: a submission and the answers collected for it so far. */
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

    /** @return this pending submission with one more answer and its entries */
    Message withContext(List<Invoice> more) {
        List<Invoice> all = new ArrayList<>(invoices);
        all.addAll(more);
        return new Message(Kind.PENDING, submissionId, slices, contexts + 1, key, value, attributes, all);
    }

    /** @return this pending record with the submission itself */
    Message withSubmission(Message submission) {
        return new Message(Kind.PENDING, submission.submissionId, submission.slices, contexts, submission.key,
                submission.value, submission.attributes, invoices);
    }

    /** @return true when the submission is here and every answer came */
    boolean complete() {
        return value != null && contexts == slices;
    }
}
