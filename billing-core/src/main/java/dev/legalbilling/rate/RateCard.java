package dev.legalbilling.rate;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.party.Timekeeper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The hourly rates that apply to a matter, at every level of resolution (see {@link RateLevel}), each effective
 * from a date until superseded.
 *
 * <p>{@link #resolve(Timekeeper, LocalDate)} tries, in order: the matter rate for the timekeeper, the
 * client-negotiated rate for the timekeeper, the client-negotiated rate for the timekeeper's classification, the
 * classification default, and the timekeeper's standard rate. Within a level the rate with the latest effective
 * date on or before the day worked applies; a rate that starts later does not apply yet, and resolution falls
 * through to the next level. A card may combine firm defaults, a client's negotiated rates and a matter's own rates:
 * see {@link #with(RateCard)}.
 *
 * <p>All rates of a card are in one currency. Immutable and thread-safe.
 */
public final class RateCard {
    private static final RateCard EMPTY = new RateCard(List.of());

    private final List<Rate> rates;
    private final Map<Key, TreeMap<LocalDate, Rate>> index = new HashMap<>();

    private record Key(RateLevel level, String subject) {
    }

    private RateCard(List<Rate> rates) {
        this.rates = List.copyOf(rates);
        Rate first = null;
        for (Rate rate : this.rates) {
            if (first == null) {
                first = rate;
            } else if (!first.hourlyRate().currency().equals(rate.hourlyRate().currency())) {
                throw new CurrencyMismatchException(first.hourlyRate().currency(), rate.hourlyRate().currency());
            }
            Rate previous = index.computeIfAbsent(new Key(rate.level(), rate.subject()), k -> new TreeMap<>())
                    .put(rate.effectiveFrom(), rate);
            if (previous != null) {
                throw new InvalidValueException("rate", rate, "is given twice for the same level, "
                        + "subject and effective date (other: " + previous.hourlyRate() + "/h)");
            }
        }
    }

    /** @return a card with no rates: every timekeeper is billed at the standard rate */
    public static RateCard empty() {
        return EMPTY;
    }

    /**
     * @param rates the rates; not null
     * @return a card holding them
     * @throws InvalidValueException when two rates share level, subject and effective date
     * @throws CurrencyMismatchException when the rates are in different currencies
     */
    public static RateCard of(Rate... rates) {
        return of(Arrays.asList(rates));
    }

    /**
     * @param rates the rates; not null
     * @return a card holding them
     * @throws InvalidValueException when two rates share level, subject and effective date
     * @throws CurrencyMismatchException when the rates are in different currencies
     */
    public static RateCard of(Collection<Rate> rates) {
        return new RateCard(List.copyOf(rates));
    }

    /**
     * Combines two cards, e.g. the firm's classification defaults with a client's negotiated rates.
     *
     * @param other another card
     * @return a card with the rates of both
     * @throws InvalidValueException when both cards hold a rate for the same level, subject and effective date
     * @throws CurrencyMismatchException when the cards are in different currencies
     */
    public RateCard with(RateCard other) {
        List<Rate> all = new ArrayList<>(rates);
        all.addAll(other.rates);
        return new RateCard(all);
    }

    /** @return every rate of the card, in the order given; unmodifiable */
    public List<Rate> rates() {
        return rates;
    }

    /**
     * Finds the rate that prices a timekeeper's work on a day.
     *
     * @param timekeeper whose work; not null
     * @param date the day worked; not null
     * @return the rate, with the level it came from
     * @throws NoApplicableRateException when no level has a rate in effect and the timekeeper has no standard rate
     */
    public RateSelection resolve(Timekeeper timekeeper, LocalDate date) {
        Objects.requireNonNull(timekeeper, "timekeeper");
        Objects.requireNonNull(date, "date");
        for (RateLevel level : RateLevel.values()) {
            if (!level.isHeldInCard()) {
                continue;
            }
            String subject = level.isPerTimekeeper() ? timekeeper.id().value() : timekeeper.classification().code();
            TreeMap<LocalDate, Rate> dated = index.get(new Key(level, subject));
            Entry<LocalDate, Rate> inEffect = dated == null ? null : dated.floorEntry(date);
            if (inEffect != null) {
                return RateSelection.fromCard(inEffect.getValue(), timekeeper, date);
            }
        }
        if (timekeeper.standardRate() != null) {
            return RateSelection.standard(timekeeper, date);
        }
        throw new NoApplicableRateException(timekeeper.id(), date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateCard c && rates.equals(c.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    /** @return the number of rates, e.g. {@code RateCard[12 rates]} */
    @Override
    public String toString() {
        return "RateCard[" + rates.size() + " rates]";
    }
}
