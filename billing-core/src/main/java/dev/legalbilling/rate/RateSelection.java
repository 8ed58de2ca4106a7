package dev.legalbilling.rate;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The hourly rate that prices a timekeeper's work on a day, with where it came from: the answer of
 * {@link RateCard#resolve(Timekeeper, LocalDate)}, and the source of an invoice line's {@code rateBasis}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param timekeeper whose work is priced
 * @param classification the timekeeper's classification
 * @param date the day worked
 * @param level the level the rate came from
 * @param hourlyRate price per hour
 * @param effectiveFrom first day of the selected card rate; null for {@link RateLevel#TIMEKEEPER_STANDARD} and
 *     {@link RateLevel#BLENDED}, which are not effective-dated
 */
public record RateSelection(TimekeeperId timekeeper, TimekeeperClassification classification, LocalDate date,
        RateLevel level, UnitPrice hourlyRate, LocalDate effectiveFrom) {

    /**
     * Validates the selection.
     *
     * @throws InvalidValueException when a card level has no effective date
     */
    public RateSelection {
        Objects.requireNonNull(timekeeper, "timekeeper");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (level.isHeldInCard() && effectiveFrom == null) {
            throw new InvalidValueException("effectiveFrom", null, "is required for a " + level.label());
        }
    }

    /**
     * @param rate the card rate in effect
     * @param timekeeper whose work is priced
     * @param date the day worked
     * @return the selection of that card rate
     */
    static RateSelection fromCard(Rate rate, Timekeeper timekeeper, LocalDate date) {
        return new RateSelection(timekeeper.id(), timekeeper.classification(), date, rate.level(), rate.hourlyRate(),
                rate.effectiveFrom());
    }

    /**
     * @param timekeeper whose work is priced; must have a standard rate
     * @param date the day worked
     * @return the selection of the timekeeper's standard rate
     */
    static RateSelection standard(Timekeeper timekeeper, LocalDate date) {
        return new RateSelection(timekeeper.id(), timekeeper.classification(), date, RateLevel.TIMEKEEPER_STANDARD,
                timekeeper.standardRate(), null);
    }

    /**
     * A blended team rate, which replaces card resolution for every timekeeper.
     *
     * @param timekeeper whose work is priced
     * @param date the day worked
     * @param blendedRate the one rate for the whole team
     * @return the selection of the blended rate
     */
    public static RateSelection blended(Timekeeper timekeeper, LocalDate date, UnitPrice blendedRate) {
        return new RateSelection(timekeeper.id(), timekeeper.classification(), date, RateLevel.BLENDED, blendedRate,
                null);
    }

    /** @return the effective date of the selected card rate, empty for standard and blended rates */
    public Optional<LocalDate> effectiveFromIfDated() {
        return Optional.ofNullable(effectiveFrom);
    }

    /**
     * Says which rate applied and why, in one line: the rate, its level and subject, its effective date, and that no
     * more specific level had a rate in effect on the day.
     *
     * @return e.g. {@code "USD 450.00/h: client-negotiated rate for classification PARTNR, effective 2026-01-01;
     *     no matter or client rate for timekeeper TK-1 in effect on 2026-03-05"}
     */
    public String explanation() {
        String subject = switch (level) {
            case BLENDED -> "for every timekeeper";
            case CLIENT_CLASSIFICATION, CLASSIFICATION_DEFAULT -> classification.code();
            default -> timekeeper.value();
        };
        StringBuilder text = new StringBuilder().append(hourlyRate).append("/h: ").append(level.label()).append(' ')
                .append(subject);
        if (effectiveFrom != null) {
            text.append(", effective ").append(effectiveFrom);
        }
        switch (level) {
            case MATTER_TIMEKEEPER -> { }
            case CLIENT_TIMEKEEPER -> text.append("; no matter rate for ").append(timekeeper)
                    .append(" in effect on ").append(date);
            case CLIENT_CLASSIFICATION -> text.append("; no matter or client rate for timekeeper ").append(timekeeper)
                    .append(" in effect on ").append(date);
            case CLASSIFICATION_DEFAULT -> text.append("; no matter or client-negotiated rate for ").append(timekeeper)
                    .append(" (").append(classification.code()).append(") in effect on ").append(date);
            case TIMEKEEPER_STANDARD -> text.append("; no matter, client-negotiated or classification rate in effect on ")
                    .append(date);
            case BLENDED -> text.append("; replaces the rate card");
        }
        return text.toString();
    }

    /** @return the {@link #explanation()} */
    @Override
    public String toString() {
        return explanation();
    }
}
