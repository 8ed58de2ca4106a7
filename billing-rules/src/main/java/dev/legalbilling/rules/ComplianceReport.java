package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of checking one invoice: its findings, in invoice line order, and the rule sets that produced them.
 *
 * <p>Serialize with {@link ReportJson}. Apply the findings' adjustments with {@link #applyTo(Invoice, Apply)}:
 * either what the profile decided ({@link Apply#PROFILE_ACTIONS}, also {@link #applyTo(Invoice)}) or every
 * suggestion ({@link Apply#ALL_SUGGESTIONS}). With the default profile every rule only flags, so only the second
 * changes the invoice; {@link #pendingSuggestions()} counts what the first would leave out. Immutable and
 * thread-safe.
 *
 * @param invoiceNumber the invoice checked
 * @param total the invoice total as checked
 * @param profileId the id of the guideline profile in force
 * @param findings the findings, sorted by line position, rule id, then message; unmodifiable
 * @param ruleSets the rule sets that ran, in load order; unmodifiable
 */
public record ComplianceReport(InvoiceNumber invoiceNumber, Money total, String profileId, List<Finding> findings,
        List<RuleSetInfo> ruleSets) {

    /** Which findings {@link #applyTo(Invoice, Apply)} turns into adjustment lines. */
    public enum Apply {
        /**
         * What the profile decided: findings whose action is {@link Action#ADJUST} (their suggested adjustment)
         * and {@link Action#REJECT} (the line disallowed); {@link Action#FLAG} findings change nothing.
         */
        PROFILE_ACTIONS,
        /**
         * Every suggestion, as if the reviewer accepted them all: {@link Action#FLAG} and {@link Action#ADJUST}
         * findings with a suggested adjustment apply it, {@link Action#REJECT} findings disallow the line.
         */
        ALL_SUGGESTIONS
    }

    /** Validates and copies. */
    public ComplianceReport {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(profileId, "profileId");
        findings = List.copyOf(findings);
        ruleSets = List.copyOf(ruleSets);
    }

    /**
     * @param severity a severity
     * @return the findings of that severity
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * @return the sum of the amounts at stake of all findings; findings that question the same money (two rules on
     *     one line) are each counted, so this can exceed the invoice: see {@link #exposure()}
     */
    public Money amountAtStake() {
        Money sum = Money.zero(total.currency());
        for (Finding f : findings) {
            sum = sum.plus(f.amountAtStake());
        }
        return sum;
    }

    /**
     * The most the findings put in question, counting no money twice: per line, the largest amount at stake among
     * the line's findings (as {@link #applyTo(Invoice)} applies only the largest write-down of a line), plus the
     * amounts of the invoice-level findings, and never more than the invoice total (its magnitude, for a credit).
     *
     * @return at most {@link #amountAtStake()}, at most the invoice total's magnitude, never negative
     */
    public Money exposure() {
        Money invoiceLevel = Money.zero(total.currency());
        Map<String, Money> largestPerLine = new HashMap<>();
        for (Finding f : findings) {
            if (f.lineItemNumber() == null) {
                invoiceLevel = invoiceLevel.plus(f.amountAtStake());
            } else {
                largestPerLine.merge(f.lineItemNumber(), f.amountAtStake(), Money::max);
            }
        }
        Money sum = invoiceLevel.plus(Money.sum(largestPerLine.values(), total.currency()));
        return sum.min(total.abs());
    }

    /**
     * Applies what the profile decided; the same as {@code applyTo(invoice, Apply.PROFILE_ACTIONS)}.
     *
     * @param invoice the invoice this report was made for
     * @return the adjusted invoice, or the same invoice when nothing applies
     * @throws InvalidValueException when the invoice is not the one checked
     */
    public Invoice applyTo(Invoice invoice) {
        return applyTo(invoice, Apply.PROFILE_ACTIONS);
    }

    /**
     * @return how many line findings suggest an adjustment that {@link Apply#PROFILE_ACTIONS} does not apply
     *     (their action is {@link Action#FLAG}); {@link Apply#ALL_SUGGESTIONS} applies them
     */
    public int pendingSuggestions() {
        int n = 0;
        for (Finding f : findings) {
            if (f.lineItemNumber() != null && f.action() == Action.FLAG && f.adjustment() != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * Applies the findings {@code which} selects: with {@link Apply#PROFILE_ACTIONS} those whose action is
     * {@link Action#ADJUST} (with a suggested adjustment) or
     * {@link Action#REJECT} (which disallows the line); with {@link Apply#ALL_SUGGESTIONS} also the suggested
     * adjustments of {@link Action#FLAG} findings. Returns a NEW invoice: the original lines are untouched
     * and each adjusted line gets one appended adjustment line (IF for fee lines, IE for expense lines) carrying
     * the exact negative difference. When several findings adjust one line, the one that writes off most wins;
     * write-downs never stack. The new total is exactly the old total minus the write-downs.
     *
     * <p>Adjustment lines are numbered after the highest numeric line number (or {@code ADJ-1}, {@code ADJ-2}, …
     * when line numbers are not numeric), dated like the line they adjust, and described as
     * {@code "Adjustment of line 3 (DEMO-DAILY-HOURS): reduce units to 2.0"}. A draft stays a draft; a final invoice
     * receives them as corrections.
     *
     * @param invoice the invoice this report was made for
     * @param which the findings to apply
     * @return the adjusted invoice, or the same invoice when nothing applies
     * @throws InvalidValueException when the invoice is not the one checked
     */
    public Invoice applyTo(Invoice invoice, Apply which) {
        Objects.requireNonNull(which, "which");
        if (!invoice.number().equals(invoiceNumber)) {
            throw new InvalidValueException("invoice", invoice.number(),
                    "is not the invoice this report was made for (" + invoiceNumber + ")");
        }
        Map<String, InvoiceLine> byNumber = new HashMap<>(invoice.lines().size() * 2);
        for (InvoiceLine l : invoice.lines()) {
            byNumber.put(l.lineNumber(), l);
        }
        Map<String, Finding> chosen = new LinkedHashMap<>();
        Map<String, Money> writeDowns = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.lineItemNumber() == null) {
                continue;
            }
            Adjustment adj = effectiveAdjustment(f, which);
            if (adj == null) {
                continue;
            }
            InvoiceLine line = byNumber.get(f.lineItemNumber());
            if (line == null) {
                throw new InvalidValueException("lineItemNumber", f.lineItemNumber(),
                        "is not a line of invoice " + invoiceNumber);
            }
            Money down = adj.writeDown(line);
            if (!down.isPositive()) {
                continue;
            }
            Money best = writeDowns.get(line.lineNumber());
            if (best == null || down.isGreaterThan(best)) {
                writeDowns.put(line.lineNumber(), down);
                chosen.put(line.lineNumber(), f);
            }
        }
        if (writeDowns.isEmpty()) {
            return invoice;
        }
        LineNumbers numbers = new LineNumbers(invoice);
        List<InvoiceLine> adjustments = new ArrayList<>(writeDowns.size());
        for (Map.Entry<String, Money> e : writeDowns.entrySet()) {
            InvoiceLine line = byNumber.get(e.getKey());
            Finding f = chosen.get(e.getKey());
            LineType type = line.type().isFee() ? LineType.FEE_ADJUSTMENT : LineType.EXPENSE_ADJUSTMENT;
            adjustments.add(InvoiceLine.builder(numbers.next(), type, withinPeriod(line.date(), invoice))
                    .adjustment(e.getValue().negate())
                    .narrative("Adjustment of line " + line.lineNumber() + " (" + f.ruleId() + "): "
                            + effectiveAdjustment(f, which).describe())
                    .price(RoundingMode.UNNECESSARY));
        }
        return invoice.status() == InvoiceStatus.FINAL ? invoice.withCorrections(adjustments)
                : invoice.toBuilder().lines(adjustments).build();
    }

    private static LocalDate withinPeriod(LocalDate date, Invoice invoice) {
        if (date.isBefore(invoice.periodStart())) {
            return invoice.periodStart();
        }
        return date.isAfter(invoice.periodEnd()) ? invoice.periodEnd() : date;
    }

    private static Adjustment effectiveAdjustment(Finding f, Apply which) {
        return switch (f.action()) {
            case FLAG -> which == Apply.ALL_SUGGESTIONS ? f.adjustment() : null;
            case ADJUST -> f.adjustment();
            case REJECT -> new Adjustment.Disallow();
        };
    }

    /** Hands out fresh line numbers for adjustment lines. */
    private static final class LineNumbers {
        private final boolean numeric;
        private BigInteger next;
        private final java.util.Set<String> used = new java.util.HashSet<>();

        LineNumbers(Invoice invoice) {
            boolean allNumeric = !invoice.lines().isEmpty();
            BigInteger max = BigInteger.ZERO;
            for (InvoiceLine l : invoice.lines()) {
                used.add(l.lineNumber());
                if (l.lineNumber().matches("\\d{1,18}")) {
                    max = max.max(new BigInteger(l.lineNumber()));
                } else {
                    allNumeric = false;
                }
            }
            this.numeric = allNumeric;
            this.next = numeric ? max.add(BigInteger.ONE) : BigInteger.ONE;
        }

        String next() {
            String candidate;
            do {
                candidate = numeric ? next.toString() : "ADJ-" + next;
                next = next.add(BigInteger.ONE);
            } while (!used.add(candidate));
            return candidate;
        }
    }

    /** @return invoice, number of findings and rule sets; no messages */
    @Override
    public String toString() {
        return "ComplianceReport[" + invoiceNumber + ", " + findings.size() + " findings, " + ruleSets + "]";
    }
}
