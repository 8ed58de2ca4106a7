package dev.legalbilling.cli.invoice;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.ClosingStatement;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.FlatFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.fee.HybridFee;
import dev.legalbilling.fee.SuccessFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.matter.DraftResult;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.party.Timekeeper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a drafted invoice as plain text a client could receive: the firm and invoice header, whom it is addressed
 * to and for which matter and terms, the fee lines grouped by date (timekeeper, hours, rate, amount, codes and
 * narrative), the expenses, the invoice-level adjustments, the totals, the budget position and, for contingent
 * recoveries, the closing statement. Amounts are shown with thousands separators at the currency's scale; lines are
 * at most {@value #WIDTH} characters wide except for unbreakable words. Stateless.
 */
final class TextInvoice {
    static final int WIDTH = 89;

    private static final String FEE_ROW = "%-10s  %-40s %8s %12s %14s";
    private static final String EXPENSE_ROW = "%-10s  %-4s  %-36s %9s %11s %12s";
    private static final int NOTE_INDENT = 14;

    private final StringBuilder text = new StringBuilder();
    private final Invoice invoice;
    private final MatterFile file;
    private final boolean explainRates;

    private TextInvoice(Invoice invoice, MatterFile file, boolean explainRates) {
        this.invoice = invoice;
        this.file = file;
        this.explainRates = explainRates;
    }

    /**
     * @param draft the drafted invoice with its closing statements
     * @param file the matter file it was drafted from (names, addresses, terms)
     * @param priorFees fees billed on earlier invoices of the matter
     * @param explainRates whether to say under each fee line which rate applied and why
     * @return the text, each line ending in a line feed
     */
    static String render(DraftResult draft, MatterFile file, Money priorFees, boolean explainRates) {
        TextInvoice t = new TextInvoice(draft.invoice(), file, explainRates);
        t.header();
        t.fees();
        t.expenses();
        t.adjustments();
        t.summary(priorFees);
        t.installmentsToCome();
        t.closingStatements(draft.closingStatements());
        t.line(t.contingent() ? "No payment is due on this statement. Amounts in "
                + draft.invoice().currency().getCurrencyCode() + "." : "Please quote invoice "
                + draft.invoice().number() + " with your payment. Amounts in "
                + draft.invoice().currency().getCurrencyCode() + ".");
        return t.text.toString();
    }

    private void header() {
        Matter matter = file.matter();
        Party firm = file.lawFirm();
        List<String> left = new ArrayList<>();
        if (!firm.name().isEmpty()) {
            left.add(firm.name());
        }
        left.addAll(address(firm));
        left.add("Firm id " + file.lawFirmId());
        List<String> right = new ArrayList<>(List.of(
                "INVOICE " + invoice.number(),
                "Invoice date    " + invoice.invoiceDate(),
                "Billing period  " + invoice.periodStart() + " to " + invoice.periodEnd(),
                "Currency        " + invoice.currency().getCurrencyCode()));
        if (contingent()) {
            right.add("Payment         out of the recovery");
        } else {
            right.add("Payment terms   net " + file.paymentTerms().days() + " days");
            right.add("Due date        " + file.paymentTerms().dueDate(invoice.invoiceDate()));
        }
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            line(String.format(Locale.ROOT, "%-47s %s", l, r).stripTrailing());
        }
        line("");
        Party client = file.client();
        labelled("Bill to", List.of(client.name() + " (client " + matter.client().id() + ")"));
        labelled("", address(client));
        labelled("Matter", wrap(matter.id() + "  " + matter.name(), WIDTH - 10));
        matter.clientMatterIdIfSet().ifPresent(id -> labelled("", List.of("Your reference " + id)));
        labelled("", List.of(words(matter.practiceArea().name()) + ", " + matter.jurisdiction() + ", UTBMS "
                + words(matter.codeSet().name()) + " code set"));
        labelled("Terms", wrap(terms(matter.arrangement()), WIDTH - 10));
        line("");
    }

    private void fees() {
        List<InvoiceLine> fees = new ArrayList<>(linesOf(LineType.FEE));
        fees.sort(Comparator.comparing(InvoiceLine::date));
        if (fees.isEmpty()) {
            return;
        }
        line("FEES");
        line(String.format(Locale.ROOT, FEE_ROW, "Date", "Timekeeper", "Hours", "Rate", "Amount"));
        rule();
        LocalDate previous = null;
        BigDecimal hours = BigDecimal.ZERO;
        Money total = Money.zero(invoice.currency());
        for (InvoiceLine l : fees) {
            String date = l.date().equals(previous) ? "" : l.date().toString();
            previous = l.date();
            total = total.plus(l.total());
            Timekeeper tk = l.timekeeper();
            if (tk == null) {
                List<String> description = wrap(l.narrative(), 40);
                line(String.format(Locale.ROOT, FEE_ROW, date, description.get(0), "", "", money(l.total())));
                for (String more : description.subList(1, description.size())) {
                    line(" ".repeat(12) + more);
                }
            } else {
                hours = hours.add(l.units());
                line(String.format(Locale.ROOT, FEE_ROW, date, tk.ledesName() + " (" + tk.classification().label()
                        + ")", hours(l.units()), number(l.unitCost().amount()), money(l.total())));
                String codes = codes(l.taskCode(), l.activityCode());
                String narrative = l.narrative() + (l.nonWorkingTravel() ? " (non-working travel)" : "");
                List<String> wrapped = wrap(narrative, WIDTH - NOTE_INDENT - 11);
                for (int i = 0; i < wrapped.size(); i++) {
                    line(" ".repeat(NOTE_INDENT) + String.format(Locale.ROOT, "%-11s", i == 0 ? codes : "")
                            + wrapped.get(i));
                }
            }
            adjustmentNote(l);
            basisNote(l);
        }
        rule();
        line(String.format(Locale.ROOT, FEE_ROW, "", "Total fees", hours(hours), "", money(total)));
        line("");
    }

    private void expenses() {
        List<InvoiceLine> expenses = linesOf(LineType.EXPENSE);
        if (expenses.isEmpty()) {
            return;
        }
        line("EXPENSES");
        line(String.format(Locale.ROOT, EXPENSE_ROW, "Date", "Code", "Description", "Quantity", "Unit cost",
                "Amount"));
        rule();
        LocalDate previous = null;
        Money total = Money.zero(invoice.currency());
        for (InvoiceLine l : expenses) {
            String date = l.date().equals(previous) ? "" : l.date().toString();
            previous = l.date();
            total = total.plus(l.total());
            List<String> description = wrap(l.narrative(), 36);
            line(String.format(Locale.ROOT, EXPENSE_ROW, date, l.expenseCode() == null ? "" : l.expenseCode(),
                    description.get(0), l.units().stripTrailingZeros().toPlainString(), number(l.unitCost().amount()),
                    money(l.total())));
            for (String more : description.subList(1, description.size())) {
                line(" ".repeat(18) + more);
            }
            adjustmentNote(l);
            if (explainRates && l.rateBasis() != null && l.adjustment().isZero()
                    && !l.rateBasis().equals("expense at cost")) {
                note(l.rateBasis());
            }
        }
        rule();
        line(String.format(Locale.ROOT, EXPENSE_ROW, "", "", "Total expenses", "", "", money(total)));
        line("");
    }

    private void adjustments() {
        List<InvoiceLine> adjustments = new ArrayList<>(linesOf(LineType.FEE_ADJUSTMENT));
        adjustments.addAll(linesOf(LineType.EXPENSE_ADJUSTMENT));
        if (adjustments.isEmpty()) {
            return;
        }
        line("ADJUSTMENTS");
        rule();
        for (InvoiceLine l : adjustments) {
            String kind = l.type() == LineType.FEE_ADJUSTMENT ? "fees" : "expenses";
            List<String> description = wrap(l.narrative() + " (on " + kind + ")", WIDTH - 12 - 16);
            line(String.format(Locale.ROOT, "%-10s  %-" + (WIDTH - 12 - 15) + "s %14s", l.date(),
                    description.get(0), money(l.total())));
            for (String more : description.subList(1, description.size())) {
                line(" ".repeat(12) + more);
            }
            if (explainRates && l.rateBasis() != null) {
                note(l.rateBasis());
            }
        }
        line("");
    }

    private void summary(Money priorFees) {
        Money zero = Money.zero(invoice.currency());
        Map<LineType, Money> sums = new EnumMap<>(LineType.class);
        for (InvoiceLine l : invoice.lines()) {
            sums.merge(l.type(), l.total(), Money::plus);
        }
        line("SUMMARY");
        rule();
        total("Fees", sums.getOrDefault(LineType.FEE, zero));
        if (sums.containsKey(LineType.FEE_ADJUSTMENT)) {
            total("Adjustments to fees", sums.get(LineType.FEE_ADJUSTMENT));
        }
        total("Expenses", sums.getOrDefault(LineType.EXPENSE, zero));
        if (sums.containsKey(LineType.EXPENSE_ADJUSTMENT)) {
            total("Adjustments to expenses", sums.get(LineType.EXPENSE_ADJUSTMENT));
        }
        rule();
        if (contingent()) {
            total("CONTINGENT FEE, OUT OF THE RECOVERY", invoice.total(), true);
            for (String l : wrap(invoice.total().isZero()
                    ? "Nothing is due from the client: the fee is payable only out of a recovery."
                    : "Nothing is due from the client: the fee and the costs advanced are deducted from the recovery,"
                            + " as the closing statement below shows.", WIDTH)) {
                line(l);
            }
        } else {
            total("TOTAL DUE by " + file.paymentTerms().dueDate(invoice.invoiceDate()), invoice.total(), true);
        }
        file.matter().budgetIfSet().ifPresent(budget -> {
            Money toDate = priorFees.plus(invoice.feeTotal());
            String share = budget.isZero() ? "" : " ("
                    + toDate.amount().multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1,
                            RoundingMode.HALF_UP).toPlainString() + "% of it)";
            Money left = budget.minus(toDate);
            line("");
            for (String l : wrap("Budget " + currency(budget) + ". Fees billed to date, with this invoice: "
                    + currency(toDate) + share + "; " + (left.isNegative() ? currency(left.negate()) + " over budget."
                            : currency(left) + " remaining."), WIDTH)) {
                line(l);
            }
        });
        line("");
    }

    /** @return true when the matter is billed on a contingent fee: its output is a closing statement, not a bill */
    private boolean contingent() {
        return file.matter().arrangement() instanceof ContingencyFee;
    }

    /** For a flat fee: the charges falling due after this invoice's period, so the client sees what is still to come. */
    private void installmentsToCome() {
        if (!(file.matter().arrangement() instanceof FlatFee flat)) {
            return;
        }
        List<FlatFee.Charge> later = flat.charges().stream().filter(c -> c.due().isAfter(invoice.periodEnd()))
                .sorted(Comparator.comparing(FlatFee.Charge::due)).toList();
        line("FLAT FEE: STILL TO COME");
        rule();
        if (later.isEmpty()) {
            line("Nothing: this invoice bills the last charge of the flat fee.");
        }
        Money sum = Money.zero(invoice.currency());
        for (FlatFee.Charge c : later) {
            sum = sum.plus(c.amount());
            total(c.due() + "  " + (c.taskCode() == null ? "installment" : "phase or task " + c.taskCode()),
                    c.amount());
        }
        if (!later.isEmpty()) {
            rule();
            total("Still to come (" + later.size() + (later.size() == 1 ? " charge)" : " charges)"), sum, true);
        }
        line("");
    }

    private void closingStatements(List<ClosingStatement> statements) {
        for (ClosingStatement statement : statements) {
            Recovery recovery = statement.recovery();
            boolean net = statement.basis() == Basis.NET;
            line("CLOSING STATEMENT (contingent fee, ABA Model Rule 1.5(c))");
            rule();
            total("Recovered on " + recovery.date() + ", at the " + recovery.stage().label() + " stage",
                    recovery.amount());
            if (net) {
                total("Less costs advanced by the firm, deducted before the fee", statement.costs().negate());
                total("Net recovery, on which the fee is computed", statement.feeBase());
            } else {
                line("The fee is computed on the gross recovery; costs are deducted after it.");
            }
            for (TieredAmount.Part part : statement.feeComputation().parts()) {
                String band = part.upTo() == null
                        ? (part.from().isZero() ? "" : " (above " + money(part.from()) + ")")
                        : part.from().isZero() ? " (the first " + money(part.upTo()) + ")"
                        : " (" + money(part.from()) + " to " + money(part.upTo()) + ")";
                line(String.format(Locale.ROOT, "  %-" + (WIDTH - 38) + "s%16s", part.rate().toPercentString() + " of "
                        + money(part.portion()) + band, money(part.amount())));
            }
            if (statement.feeComputation().uncovered().isPositive()) {
                line("  " + money(statement.feeComputation().uncovered()) + " lies above the schedule's top bound"
                        + " and is not charged under it.");
            }
            total("Less the contingent fee", statement.fee().negate());
            if (!net) {
                total("Less costs advanced by the firm", statement.costs().negate());
            }
            rule();
            total("NET TO CLIENT", statement.netToClient(), true);
            if (statement.netToClient().isNegative()) {
                line("The costs exceed what is left of the recovery; the retainer agreement says whether the client"
                        + " owes the shortfall.");
            }
            line("");
        }
    }

    private void adjustmentNote(InvoiceLine l) {
        if (!l.adjustment().isZero()) {
            note("Adjustment " + money(l.adjustment()) + ": " + (l.rateBasis() == null ? "" : l.rateBasis()));
        } else if (l.total().isZero() && l.rateBasis() != null && l.type() == LineType.FEE) {
            note(Character.toUpperCase(l.rateBasis().charAt(0)) + l.rateBasis().substring(1));
        }
    }

    private void basisNote(InvoiceLine l) {
        if (explainRates && l.rateBasis() != null && !l.total().isZero()) {
            note("Rate " + l.rateBasis());
        }
    }

    private void note(String text) {
        for (String w : wrap(text, WIDTH - NOTE_INDENT - 2)) {
            line(" ".repeat(NOTE_INDENT + 2) + w);
        }
    }

    private void total(String label, Money amount) {
        total(label, amount, false);
    }

    private void total(String label, Money amount, boolean withCurrency) {
        String figure = withCurrency ? currency(amount) : money(amount);
        line(String.format(Locale.ROOT, "%-" + (WIDTH - 20) + "s%20s", label, figure));
    }

    private void labelled(String label, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            line(String.format(Locale.ROOT, "%-10s%s", i == 0 ? label : "", lines.get(i)).stripTrailing());
        }
    }

    private void rule() {
        line("-".repeat(WIDTH));
    }

    private void line(String s) {
        text.append(s.stripTrailing()).append('\n');
    }

    private List<InvoiceLine> linesOf(LineType type) {
        return invoice.lines().stream().filter(l -> l.type() == type).toList();
    }

    private static List<String> address(Party p) {
        List<String> lines = new ArrayList<>();
        if (!p.address1().isEmpty()) {
            lines.add(p.address1());
        }
        if (!p.address2().isEmpty()) {
            lines.add(p.address2());
        }
        String cityLine = join(", ", p.city(), join(" ", p.stateOrRegion(), p.postcode()), p.country());
        if (!cityLine.isEmpty()) {
            lines.add(cityLine);
        }
        return lines;
    }

    private static String join(String separator, String... parts) {
        List<String> given = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                given.add(part);
            }
        }
        return String.join(separator, given);
    }

    /** @return the fee terms in one sentence, e.g. {@code "hourly at the rate card (11 rates); 0.1 h ..."} */
    static String terms(FeeArrangement arrangement) {
        if (arrangement instanceof HourlyFee h) {
            return "Hourly, " + card(h) + "; time billed in " + h.increment() + ".";
        }
        if (arrangement instanceof FlatFee f) {
            return "Flat fee of " + currency(f.total()) + (f.charges().size() == 1 ? "" : " in " + f.charges().size()
                    + " charges") + "; time is shown for information and expenses are billed at cost.";
        }
        if (arrangement instanceof ContingencyFee c) {
            StringBuilder s = new StringBuilder("Contingent fee: ");
            List<String> stages = new ArrayList<>();
            for (Map.Entry<Stage, TieredSchedule> e : c.schedules().entrySet()) {
                stages.add(schedule(e.getValue()) + (c.schedules().size() == 1 ? "" : " from the "
                        + e.getKey().label() + " stage"));
            }
            s.append(String.join("; ", stages)).append(", computed ")
                    .append(c.basis() == Basis.NET ? "net of costs" : "on the gross recovery")
                    .append("; time and advanced costs are shown for information.");
            return s.toString();
        }
        if (arrangement instanceof CustomRates c) {
            return "Hourly on negotiated terms, " + customTerms(c) + ".";
        }
        HybridFee h = (HybridFee) arrangement;
        SuccessFee success = h.successFee();
        return "Reduced hourly, " + customTerms(h.hourly()) + ", plus a success fee of " + (success.fixedBonus() != null
                ? currency(success.fixedBonus()) : success.shareOfRecovery().toPercentString() + " of the recovery") + ".";
    }

    private static String schedule(TieredSchedule schedule) {
        List<String> tiers = new ArrayList<>();
        List<Tier> all = schedule.tiers();
        for (int i = 0; i < all.size(); i++) {
            Tier t = all.get(i);
            tiers.add(t.rate().toPercentString() + (t.upTo() != null ? (i == 0 ? " of the first " : " up to ") + money(t.upTo())
                    : all.size() == 1 ? "" : " above"));
        }
        return String.join(", ", tiers);
    }

    private static String customTerms(CustomRates c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.blendedRate() != null ? "blended rate " + c.blendedRate() + "/h" : card(c.hourly()));
        parts.add("time billed in " + c.hourly().increment());
        if (!c.discount().isZero()) {
            parts.add(c.discount().toPercentString() + " client discount on fees");
        }
        if (c.volumeDiscounts() != null) {
            parts.add("volume discounts of " + schedule(c.volumeDiscounts()) + " on cumulative fees");
        }
        if (c.notToExceed() != null) {
            parts.add("fees not to exceed " + currency(c.notToExceed()));
        }
        return String.join("; ", parts);
    }

    private static String card(HourlyFee h) {
        int n = h.rates().rates().size();
        return n == 0 ? "at each timekeeper's standard rate" : "at the rates of the agreed rate card (" + n + " rates)";
    }

    private static String codes(String task, String activity) {
        return join("/", task == null ? "" : task, activity == null ? "" : activity);
    }

    private static String words(String constant) {
        String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String hours(BigDecimal units) {
        BigDecimal u = units.stripTrailingZeros();
        return units.setScale(Math.max(2, Math.max(u.scale(), 0)), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** @return a unit cost with thousands separators at its own scale, e.g. {@code 1,234.5678} */
    static String number(BigDecimal amount) {
        return String.format(Locale.US, "%,." + Math.max(amount.scale(), 0) + "f", amount);
    }

    static String money(Money m) {
        return MoneyFormat.GROUPED.format(m);
    }

    static String currency(Money m) {
        return MoneyFormat.CODE.format(m);
    }

    /** Breaks text into lines of at most {@code width} characters at spaces; longer words stand alone. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
