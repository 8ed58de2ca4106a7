package dev.legalbilling.json.receivables;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.legalbilling.receivables.ArbitrationNoticeServed;
import dev.legalbilling.receivables.CreditApplication;
import dev.legalbilling.receivables.CreditNote;
import dev.legalbilling.receivables.CreditRefund;
import dev.legalbilling.receivables.DisputeRaised;
import dev.legalbilling.receivables.DisputeResolved;
import dev.legalbilling.receivables.InterestCharge;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.WriteOff;
import java.util.List;

/**
 * Jackson annotations for {@link dev.legalbilling.receivables.Posting}, applied as a mix-in so billing-core carries
 * none: a {@code "type"} property names the record, and each record's components are its keys.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Payment.class, name = PostingMixIn.PAYMENT),
    @JsonSubTypes.Type(value = WriteOff.class, name = PostingMixIn.WRITE_OFF),
    @JsonSubTypes.Type(value = CreditNote.class, name = PostingMixIn.CREDIT_NOTE),
    @JsonSubTypes.Type(value = DisputeRaised.class, name = PostingMixIn.DISPUTE_RAISED),
    @JsonSubTypes.Type(value = DisputeResolved.class, name = PostingMixIn.DISPUTE_RESOLVED),
    @JsonSubTypes.Type(value = ArbitrationNoticeServed.class, name = PostingMixIn.ARBITRATION_NOTICE),
    @JsonSubTypes.Type(value = InterestCharge.class, name = PostingMixIn.INTEREST_CHARGE),
    @JsonSubTypes.Type(value = CreditApplication.class, name = PostingMixIn.CREDIT_APPLICATION),
    @JsonSubTypes.Type(value = CreditRefund.class, name = PostingMixIn.CREDIT_REFUND)})
abstract class PostingMixIn {
    static final String PAYMENT = "payment";
    static final String WRITE_OFF = "write-off";
    static final String CREDIT_NOTE = "credit-note";
    static final String DISPUTE_RAISED = "dispute-raised";
    static final String DISPUTE_RESOLVED = "dispute-resolved";
    static final String ARBITRATION_NOTICE = "arbitration-notice";
    static final String INTEREST_CHARGE = "interest-charge";
    static final String CREDIT_APPLICATION = "credit-application";
    static final String CREDIT_REFUND = "credit-refund";

    /** Every type name, in the order of the documentation. */
    static final List<String> TYPES = List.of(PAYMENT, WRITE_OFF, CREDIT_NOTE, DISPUTE_RAISED,
            DISPUTE_RESOLVED, ARBITRATION_NOTICE, INTEREST_CHARGE, CREDIT_APPLICATION, CREDIT_REFUND);

    private PostingMixIn() {
    }
}
