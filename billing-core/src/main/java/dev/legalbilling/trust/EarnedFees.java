package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's view of invoiced, earned, undisputed fees, by invoice number: the authority for transfers from trust
 * to operating. An invoice missing from the view has nothing earned: a transfer against it is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class EarnedFees {
    private static final EarnedFees NONE = new EarnedFees(Map.of());

    private final Map<InvoiceNumber, EarnedFee> byInvoice;

    private EarnedFees(Map<InvoiceNumber, EarnedFee> byInvoice) {
        this.byInvoice = byInvoice;
    }

    /** @return a view with no earned fees (every transfer to operating is refused) */
    public static EarnedFees none() {
        return NONE;
    }

    /**
     * @param fees one figure per invoice
     * @return the view
     * @throws InvalidValueException when an invoice appears twice
     */
    public static EarnedFees of(Collection<EarnedFee> fees) {
        Map<InvoiceNumber, EarnedFee> map = new LinkedHashMap<>();
        for (EarnedFee f : fees) {
            if (map.put(Objects.requireNonNull(f, "fee").invoice(), f) != null) {
                throw new InvalidValueException("invoice", f.invoice(), "appears twice among the earned fees");
            }
        }
        return new EarnedFees(Collections.unmodifiableMap(map));
    }

    /**
     * @param fees one figure per invoice
     * @return the view
     */
    public static EarnedFees of(EarnedFee... fees) {
        return of(List.of(fees));
    }

    /**
     * @param invoice an invoice number
     * @return its earned undisputed figure, if the view has one
     */
    public Optional<EarnedFee> find(InvoiceNumber invoice) {
        return Optional.ofNullable(byInvoice.get(invoice));
    }

    /** @return every figure, in the order given; unmodifiable */
    public Collection<EarnedFee> all() {
        return byInvoice.values();
    }
}
