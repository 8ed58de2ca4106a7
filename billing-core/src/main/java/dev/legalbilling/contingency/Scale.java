package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredSchedule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The marginal rates that apply at some stages of a matter, e.g. Florida's "after answer" column: a
 * {@link TieredSchedule} (the same tier model contingent fees and volume discounts use) with the source status of
 * each figure.
 *
 * <p>A schedule that is not open-ended ends in a court-approval zone: the fee on the part of the base above its
 * {@link TieredSchedule#ceiling() ceiling} is set by a court on application and is never computed (New Jersey above
 * USD 3,000,000); applying the schedule reports that part as {@code uncovered}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stages the stages this scale applies at; not empty; unmodifiable
 * @param currency the currency of the band edges and of the bases the scale is applied to
 * @param rates the bands, lowest first
 * @param statuses how well each band's figures (edges and rate) are confirmed, lowest band first, then, when the
 *     rates are not open-ended, the status of the court-approval zone above them; unmodifiable
 * @param notes statements that hold only at these stages, for reports; unmodifiable
 */
public record Scale(Set<Stage> stages, Currency currency, TieredSchedule rates, List<SourceStatus> statuses,
        List<String> notes) {

    /**
     * Validates the scale.
     *
     * @throws InvalidValueException when no stage is named, or there is not one status per band (plus one for the
     *     court-approval zone of rates that are not open-ended)
     * @throws CurrencyMismatchException when the band edges are in another currency
     */
    public Scale {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(statuses, "statuses");
        if (stages.isEmpty()) {
            throw new InvalidValueException("stages", "[]", "must name at least one stage");
        }
        stages = Collections.unmodifiableSet(EnumSet.copyOf(stages));
        rates.currency().filter(c -> !c.equals(currency)).ifPresent(c -> {
            throw new CurrencyMismatchException(currency, c);
        });
        statuses = List.copyOf(statuses);
        int expected = rates.tiers().size() + (rates.isOpenEnded() ? 0 : 1);
        if (statuses.size() != expected) {
            throw new InvalidValueException("statuses", statuses, "must hold " + expected
                    + " statuses: one per band" + (rates.isOpenEnded() ? "" : " and one for the court-set zone"));
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** @return the highest rate of any band; zero when there is none */
    public Fraction topRate() {
        return rates.topRate();
    }

    /** @return where the court-set zone starts, if the scale has one */
    public Optional<Money> courtZoneFrom() {
        return rates.ceiling();
    }

    /** @return the status of the court-set zone, if the scale has one */
    public Optional<SourceStatus> courtZoneStatus() {
        return rates.isOpenEnded() ? Optional.empty() : Optional.of(statuses.get(statuses.size() - 1));
    }

    /**
     * @param band index of a band of {@link #rates()}, lowest first
     * @return where the band starts: zero for the first, else the previous band's upper bound
     */
    public Money bandFrom(int band) {
        return band == 0 ? Money.zero(currency) : rates.tiers().get(band - 1).upTo();
    }

    /**
     * @return each band and then the court-set zone, one line each, e.g.
     *     {@code USD 1,000.00 to USD 3,000.00 at 40% [V]} and {@code USD 3,000,000.00 and above at a court-set fee [V]}
     */
    public List<String> describeBands() {
        List<String> out = new ArrayList<>();
        List<Tier> tiers = rates.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            out.add(MoneyFormat.CODE.format(bandFrom(i)) + (t.isOpenEnded() ? " and above" : " to " + MoneyFormat.CODE.format(t.upTo()))
                    + " at " + t.rate().toPercentString() + " " + statuses.get(i).tag());
        }
        courtZoneFrom().ifPresent(from -> out.add(MoneyFormat.CODE.format(from) + " and above at a court-set fee "
                + statuses.get(statuses.size() - 1).tag()));
        return out;
    }
}
