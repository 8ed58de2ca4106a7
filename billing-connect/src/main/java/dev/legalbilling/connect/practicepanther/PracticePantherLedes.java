package dev.legalbilling.connect.practicepanther;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the way PracticePanther writes an invoice-level percentage discount into its LEDES export: not as an
 * IF line but spread over the lines, each line's LINE_ITEM_ADJUSTMENT_AMOUNT being minus the same percentage of its
 * units x unit cost (PracticePanther help center). Read such files with the {@code practicepanther} dialect
 * ({@link #DIALECT}), then ask {@link #spreadDiscount(Invoice)} what the discount was. Stateless.
 */
public final class PracticePantherLedes {
    /** The built-in {@code practicepanther} LEDES dialect. */
    public static final LedesDialect DIALECT = LedesDialect.builtIn("practicepanther").orElseThrow();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A discount spread into line adjustments.
     *
     * @param percent the discount, in percent, to two decimals (e.g. {@code 10.00})
     * @param amount the sum of the line adjustments, negative
     * @param lines how many lines carry it
     */
    public record SpreadDiscount(BigDecimal percent, Money amount, int lines) {
    }

    private PracticePantherLedes() {
    }

    /**
     * @param invoice an invoice read from a PracticePanther LEDES export
     * @return the discount, when every fee and expense line with a unit cost has a negative adjustment that is the
     *     same percentage of its units x unit cost (each within one minor unit, the rounding of a spread); empty
     *     otherwise (no adjustments, a surcharge, or adjustments that are not one percentage)
     */
    public static Optional<SpreadDiscount> spreadDiscount(Invoice invoice) {
        List<InvoiceLine> lines = invoice.lines().stream()
                .filter(l -> !l.type().isInvoiceAdjustment() && l.unitCost() != null).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal off = BigDecimal.ZERO;
        for (InvoiceLine l : lines) {
            if (l.adjustment().amount().signum() >= 0) {
                return Optional.empty();
            }
            gross = gross.add(l.units().multiply(l.unitCost().amount()));
            off = off.add(l.adjustment().amount().negate());
        }
        if (gross.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal percent = off.multiply(HUNDRED).divide(gross, 2, RoundingMode.HALF_UP);
        for (InvoiceLine l : lines) {
            int scale = l.adjustment().currency().getDefaultFractionDigits();
            BigDecimal expected = l.units().multiply(l.unitCost().amount()).multiply(percent)
                    .divide(HUNDRED, scale, RoundingMode.HALF_UP);
            BigDecimal minor = BigDecimal.ONE.movePointLeft(scale);
            if (expected.subtract(l.adjustment().amount().negate()).abs().compareTo(minor) > 0) {
                return Optional.empty();
            }
        }
        Money amount = Money.of(off.negate(), lines.get(0).adjustment().currency());
        return Optional.of(new SpreadDiscount(percent, amount, lines.size()));
    }

    /**
     * @param file a LEDES file read with {@link #DIALECT}
     * @return one sentence per invoice that carries a spread discount, e.g. {@code invoice 1042: a 10.00% discount
     *     (USD -123.45) is spread into LINE_ITEM_ADJUSTMENT_AMOUNT of 5 lines (PracticePanther's way of writing an
     *     invoice discount)}
     */
    public static List<String> describe(LedesFileResult file) {
        List<String> out = new ArrayList<>();
        for (LedesInvoice li : file.builtInvoices()) {
            spreadDiscount(li.invoice()).ifPresent(d -> out.add("invoice " + li.invoice().number() + ": a "
                    + d.percent().toPlainString() + "% discount (" + d.amount() + ") is spread into"
                    + " LINE_ITEM_ADJUSTMENT_AMOUNT of " + d.lines() + " lines (PracticePanther's way of writing an"
                    + " invoice discount)"));
        }
        return out;
    }
}
