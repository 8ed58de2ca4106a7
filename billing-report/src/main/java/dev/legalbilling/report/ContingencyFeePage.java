package dev.legalbilling.report;

import dev.legalbilling.contingency.ContingencySchedule;
import dev.legalbilling.contingency.FeeQuery;
import dev.legalbilling.contingency.MaximumFee;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.report.internal.PageValues;
import dev.legalbilling.report.internal.Charts;
import dev.legalbilling.report.internal.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML page of {@code billing fee contingency}: the schedule, version and citation, the recovery, costs, basis
 * and base, then the closing statement tier by tier (band, rate and its source status, slice of the base, fee of the
 * band) with the maximum fee, the cap, court approval, an ambiguous reading's alternative, and the notes; a bar
 * chart shows the fee of each band. Amounts are {@code <data value>} elements with the decimals of the JSON output.
 * Stateless; thread-safe.
 */
public final class ContingencyFeePage {
    private ContingencyFeePage() {
    }

    /**
     * @param schedule the schedule applied
     * @param max the maximum fee it allows for the query
     * @return the page: one self-contained HTML document
     */
    public static String render(ContingencySchedule schedule, MaximumFee max) {
        FeeQuery q = max.query();
        Map<String, Object> page = Pages.page("Contingent fee closing statement",
                schedule.id() + ": " + schedule.title(), schedule.citation());
        page.put("version", max.version().describeEffective());
        page.put("governingDate", schedule.governingDate().describe() + " " + schedule.governingDateStatus().tag());
        page.put("date", q.date().toString());
        page.put("recovery", PageValues.money(q.recovery()));
        page.put("costs", PageValues.money(q.costs()));
        page.put("basis", max.basis().label() + " " + (max.basis() == schedule.basis() ? schedule.basisStatus()
                : schedule.alternativeBasisStatus()).tag());
        page.put("base", PageValues.money(max.base()));
        page.put("stage", q.stage() == null ? "(any)" : q.stage().label());
        page.put("minor", q.minor());
        List<Map<String, Object>> tiers = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        List<TieredAmount.Part> bands = max.bands();
        for (int i = 0; i < bands.size(); i++) {
            TieredAmount.Part t = bands.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            String band = MoneyFormat.GROUPED.format(t.from()) + (t.upTo() == null ? " and above"
                    : " to " + MoneyFormat.GROUPED.format(t.upTo()));
            row.put("band", band);
            String rate = t.rate().toPercentString();
            if (!t.rate().equals(max.scale().rates().tiers().get(i).rate())) {
                rate = rate + " (minor)";
            }
            row.put("rate", rate);
            row.put("status", max.scale().statuses().get(i).tag());
            row.put("slice", PageValues.money(t.portion()));
            row.put("courtSet", false);
            row.put("fee", PageValues.money(t.amount()));
            tiers.add(row);
            bars.add(new Charts.Bar(band, t.amount()));
        }
        max.scale().courtZoneFrom().ifPresent(from -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("band", MoneyFormat.GROUPED.format(from) + " and above");
            row.put("rate", "court-set");
            row.put("status", max.scale().courtZoneStatus().orElseThrow().tag());
            row.put("slice", PageValues.money(max.courtSetExcess()));
            row.put("courtSet", true);
            row.put("fee", PageValues.money(Money.zero(from.currency())));
            tiers.add(row);
        });
        page.put("tiers", tiers);
        Map<String, Object> chart = Charts.bars("tiers", "Fee of each band", "band fee", bars);
        chart.put("labelHeading", "Band");
        chart.put("valueHeading", "Fee");
        page.put("chart", chart);
        page.put("fee", PageValues.money(max.fee()));
        page.put("exactFee", max.exactFee().toString());
        page.put("capApplied", max.capApplied());
        max.version().capIfSet().ifPresent(c -> page.put("cap", PageValues.money(c)));
        page.put("minorsLimitApplied", max.minorsLimitApplied());
        page.put("courtApproval", max.requiresCourtApproval());
        page.put("courtSetExcess", PageValues.money(max.courtSetExcess()));
        page.put("ambiguous", max.ambiguous());
        max.alternativeFeeIfSet().ifPresent(a -> page.put("alternativeFee", PageValues.money(a)));
        page.put("notes", max.notes());
        page.put("hasNotes", !max.notes().isEmpty());
        return Templates.bundled().html("contingency.html", page);
    }
}
