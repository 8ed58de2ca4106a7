package dev.legalbilling.receivables.interest;

import dev.legalbilling.invoice.InvoiceNumber;
import java.time.LocalDate;

/**
 * The result of assessing late-payment interest on one invoice on one date: an {@link InterestAccrual} when the fee
 * agreement provides for interest, an {@link InterestWithoutAgreement} fact when it does not but interest was asked
 * for on an overdue balance, or {@link NoInterestDue}.
 */
public sealed interface InterestAssessment permits InterestAccrual, InterestWithoutAgreement, NoInterestDue {

    /** @return the invoice assessed */
    InvoiceNumber invoice();

    /** @return the date of the assessment */
    LocalDate asOf();
}
