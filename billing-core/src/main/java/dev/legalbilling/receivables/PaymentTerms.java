package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an invoice falls due: a number of calendar days after the invoice date ("net 30").
 *
 * <p>The default is {@value #DEFAULT_DAYS} days ({@link #standard()}); clients with other terms get their own value.
 * Immutable and thread-safe.
 *
 * @param days calendar days from the invoice date to the due date, 0 (due on receipt) to 3650
 */
public record PaymentTerms(int days) {
    /** Days of the {@linkplain #standard() standard} terms. */
    public static final int DEFAULT_DAYS = 30;

    private static final int MAX_DAYS = 3650;

    /**
     * Validates the terms.
     *
     * @throws InvalidValueException when days is negative or above 3650
     */
    public PaymentTerms {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidValueException("paymentTermsDays", days, "must be between 0 and " + MAX_DAYS);
        }
    }

    /** @return net {@value #DEFAULT_DAYS} days */
    public static PaymentTerms standard() {
        return new PaymentTerms(DEFAULT_DAYS);
    }

    /**
     * @param days calendar days after the invoice date, 0–3650
     * @return net {@code days} terms
     * @throws InvalidValueException when days is out of range
     */
    public static PaymentTerms net(int days) {
        return new PaymentTerms(days);
    }

    /**
     * @param invoiceDate the invoice date; not null
     * @return {@code invoiceDate + days}
     */
    public LocalDate dueDate(LocalDate invoiceDate) {
        return Objects.requireNonNull(invoiceDate, "invoiceDate").plusDays(days);
    }
}
