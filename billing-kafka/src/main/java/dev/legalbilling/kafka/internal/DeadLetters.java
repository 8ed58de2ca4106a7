package dev.legalbilling.kafka.internal;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.kafka.SubmissionHeaders;
import dev.legalbilling.kafka.UnreadableSubmissionException;
import dev.legalbilling.ledes.LedesFormatException;
import dev.legalbilling.rules.CheckLimitExceededException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds the headers of outputs and dead letters ({@link SubmissionHeaders}). Stateless. */
final class DeadLetters {
    private DeadLetters() {
    }

    /**
     * @param headers a record's headers
     * @return them as text, the last value of a repeated header winning
     */
    static Map<String, String> text(Headers headers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Header h : headers) {
            if (h.value() != null) {
                m.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    /**
     * @param submissionId the input record
     * @param attributes the input's headers as text
     * @return headers of an output answering it: the input's headers plus {@link SubmissionHeaders#SUBMISSION}
     */
    static Headers output(String submissionId, Map<String, String> attributes) {
        Headers h = new RecordHeaders();
        attributes.forEach((k, v) -> {
            if (!k.startsWith("billing-error-") && !k.equals(SubmissionHeaders.SUBMISSION)) {
                h.add(k, v.getBytes(StandardCharsets.UTF_8));
            }
        });
        put(h, SubmissionHeaders.SUBMISSION, submissionId);
        return h;
    }

    /**
     * @param submissionId the input record
     * @param attributes the input's headers as text
     * @param e why it could not be read or checked
     * @return the dead letter's headers: the input's, the submission id and the typed error
     */
    static Headers deadLetter(String submissionId, Map<String, String> attributes, BillingException e) {
        Headers h = output(submissionId, attributes);
        put(h, SubmissionHeaders.ERROR_CODE, e.code());
        put(h, SubmissionHeaders.ERROR_TYPE, e.getClass().getSimpleName());
        put(h, SubmissionHeaders.ERROR_MESSAGE, e.getMessage());
        put(h, SubmissionHeaders.ERROR_SOURCE, submissionId);
        if (e instanceof UnreadableSubmissionException u) {
            put(h, SubmissionHeaders.ERROR_LINE, String.valueOf(u.line()));
            put(h, SubmissionHeaders.ERROR_FIELD, u.field());
        } else if (e instanceof JsonInputException j) {
            put(h, SubmissionHeaders.ERROR_LINE, String.valueOf(j.line()));
            put(h, SubmissionHeaders.ERROR_FIELD, j.path().isEmpty() ? null : j.path());
        } else if (e instanceof LedesFormatException l) {
            put(h, SubmissionHeaders.ERROR_FIELD, l.field());
        } else if (e instanceof InvalidValueException v) {
            put(h, SubmissionHeaders.ERROR_FIELD, v.field());
        } else if (e instanceof CheckLimitExceededException c) {
            put(h, SubmissionHeaders.ERROR_RULE, c.ruleSetId() + "/" + c.ruleId() + " " + c.limit());
        }
        return h;
    }

    private static void put(Headers h, String key, String value) {
        h.remove(key);
        if (value != null) {
            h.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
