package dev.legalbilling.rate;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One hourly rate of a {@link RateCard}: at a level, for a timekeeper or a classification, in effect from a date
 * until a later rate of the same level and subject supersedes it.
 *
 * <p>Exactly one of {@code timekeeper} and {@code classification} is set, as the level requires: per-timekeeper
 * levels ({@link RateLevel#MATTER_TIMEKEEPER}, {@link RateLevel#CLIENT_TIMEKEEPER}) name a timekeeper, the others a
 * classification. Use the static factories rather than the canonical constructor. Immutable and thread-safe.
 *
 * @param level where the rate sits in resolution order; one of the four levels a card holds
 * @param timekeeper the timekeeper for per-timekeeper levels, else null
 * @param classification the classification for classification levels, else null
 * @param effectiveFrom first day the rate applies; not null
 * @param hourlyRate price per hour; not null, may be zero (pro bono)
 */
public record Rate(RateLevel level, TimekeeperId timekeeper, TimekeeperClassification classification,
        LocalDate effectiveFrom, UnitPrice hourlyRate) {

    /**
     * Validates the rate.
     *
     * @throws InvalidValueException when the level is not held in a card, or the subject does not fit the level
     */
    public Rate {
        Objects.requireNonNull(level, "level");
        if (!level.isHeldInCard()) {
            throw new InvalidValueException("rateLevel", level, "is not held in a rate card");
        }
        if (level.isPerTimekeeper() && (timekeeper == null || classification != null)) {
            throw new InvalidValueException("timekeeper", timekeeper, "must be set, without a classification, for a "
                    + level.label());
        }
        if (!level.isPerTimekeeper() && (classification == null || timekeeper != null)) {
            throw new InvalidValueException("classification", classification,
                    "must be set, without a timekeeper, for a " + level.label());
        }
        if (effectiveFrom == null) {
            throw new InvalidValueException("effectiveFrom", null, "is required");
        }
        Objects.requireNonNull(hourlyRate, "hourlyRate");
    }

    /**
     * @param timekeeper the timekeeper
     * @param effectiveFrom first day the rate applies
     * @param hourlyRate price per hour
     * @return a rate agreed for this timekeeper on this matter only
     */
    public static Rate forMatter(TimekeeperId timekeeper, LocalDate effectiveFrom, UnitPrice hourlyRate) {
        return new Rate(RateLevel.MATTER_TIMEKEEPER, timekeeper, null, effectiveFrom, hourlyRate);
    }

    /**
     * @param timekeeper the timekeeper
     * @param effectiveFrom first day the rate applies
     * @param hourlyRate price per hour
     * @return a rate the client negotiated for this timekeeper
     */
    public static Rate negotiated(TimekeeperId timekeeper, LocalDate effectiveFrom, UnitPrice hourlyRate) {
        return new Rate(RateLevel.CLIENT_TIMEKEEPER, timekeeper, null, effectiveFrom, hourlyRate);
    }

    /**
     * @param classification the classification, e.g. {@code PARTNR}
     * @param effectiveFrom first day the rate applies
     * @param hourlyRate price per hour
     * @return a rate the client negotiated for every timekeeper of that classification
     */
    public static Rate negotiated(TimekeeperClassification classification, LocalDate effectiveFrom,
            UnitPrice hourlyRate) {
        return new Rate(RateLevel.CLIENT_CLASSIFICATION, null, classification, effectiveFrom, hourlyRate);
    }

    /**
     * @param classification the classification
     * @param effectiveFrom first day the rate applies
     * @param hourlyRate price per hour
     * @return the firm's default rate for that classification
     */
    public static Rate classificationDefault(TimekeeperClassification classification, LocalDate effectiveFrom,
            UnitPrice hourlyRate) {
        return new Rate(RateLevel.CLASSIFICATION_DEFAULT, null, classification, effectiveFrom, hourlyRate);
    }

    /** @return the timekeeper id or classification code this rate is for, e.g. {@code TK-7} or {@code PARTNR} */
    public String subject() {
        return timekeeper != null ? timekeeper.value() : classification.code();
    }

    /** @return e.g. {@code "client-negotiated rate for classification PARTNR from 2026-01-01: USD 450.00/h"} */
    @Override
    public String toString() {
        return level.label() + " " + subject() + " from " + effectiveFrom + ": " + hourlyRate + "/h";
    }
}
