package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.Fraction;
import java.util.Objects;

/**
 * One firm's share of a fee divided between firms.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firm the firm's name or identifier (not privileged); not blank
 * @param share its share of the total fee, above 0 and at most 1, e.g. {@code 1/3}
 */
public record DivisionShare(String firm, Fraction share) {

    /**
     * Validates the share.
     *
     * @throws InvalidValueException when the firm is blank or the share is zero or above 100 %
     */
    public DivisionShare {
        Checks.identifier("firm", firm);
        Objects.requireNonNull(share, "share");
        if (share.isZero() || share.compareTo(Fraction.ONE) > 0) {
            throw new InvalidValueException("share of " + firm, share.toPercentString(),
                    "must be above 0% and at most 100%");
        }
    }
}
