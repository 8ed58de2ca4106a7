package dev.legalbilling.receivables.interest;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Interest was asked for on an overdue invoice whose fee agreement does not provide for it. Nothing is computed or
 * charged; this record is the fact for the ethics rule {@value #RULE_ID} (interest on overdue fees needs the client's
 * advance agreement: ABA Formal Op. 338; NYC Bar 2000-2; D.C. Op. 310).
 *
 * @param invoice the invoice
 * @param client the client
 * @param matter the matter
 * @param asOf the date interest was asked for
 * @param daysPastDue calendar days past the due date on {@code asOf}; above zero
 * @param overdueBalance the balance interest would have been charged on; above zero
 */
public record InterestWithoutAgreement(InvoiceNumber invoice, ClientId client, MatterId matter, LocalDate asOf,
        long daysPastDue, Money overdueBalance) implements InterestAssessment {

    /** The ethics rule id this fact is for. */
    public static final String RULE_ID = "ETH-INTEREST-WITHOUT-AGREEMENT";

    /** Validates the fact. */
    public InterestWithoutAgreement {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(overdueBalance, "overdueBalance");
    }
}
