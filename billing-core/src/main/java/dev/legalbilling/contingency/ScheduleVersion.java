package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of a schedule from one effective date until the next version's: scales by stage, an optional
 * absolute cap on the fee (Social Security), an optional minors' limit, and notes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param effectiveFrom the first day this version governs; null when it has applied for as long as the data
 *     knows (no earlier version is recorded)
 * @param dateStatus how well the effective date is confirmed; null exactly when {@code effectiveFrom} is null
 * @param scales the scales, covering disjoint sets of stages; not empty; unmodifiable
 * @param cap an absolute maximum on the whole fee, or null
 * @param capStatus how well the cap is confirmed; null exactly when {@code cap} is null
 * @param minors the minors' limit, or null
 * @param notes statements about this version for reports (court-approval rules, conditions); unmodifiable
 */
public record ScheduleVersion(LocalDate effectiveFrom, SourceStatus dateStatus, List<Scale> scales, Money cap,
        SourceStatus capStatus, MinorsLimit minors, List<String> notes) {

    /**
     * Validates the version.
     *
     * @throws InvalidValueException when there is no scale, two scales cover the same stage, a status is missing
     *     or given without its figure, the cap is negative, or the minors' limit names a stage no scale covers
     * @throws CurrencyMismatchException when the scales and the cap use different currencies
     */
    public ScheduleVersion {
        Objects.requireNonNull(scales, "scales");
        scales = List.copyOf(scales);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if ((effectiveFrom == null) != (dateStatus == null)) {
            throw new InvalidValueException("version date status", dateStatus,
                    "must be given exactly when the version has an effective date");
        }
        if ((cap == null) != (capStatus == null)) {
            throw new InvalidValueException("cap status", capStatus, "must be given exactly when there is a cap");
        }
        if (scales.isEmpty()) {
            throw new InvalidValueException("scales", "[]", "must contain at least one scale");
        }
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        for (Scale s : scales) {
            for (Stage stage : s.stages()) {
                if (!seen.add(stage)) {
                    throw new InvalidValueException("stage", stage, "is covered by two scales of one version");
                }
            }
            if (!s.currency().equals(scales.get(0).currency())) {
                throw new CurrencyMismatchException(scales.get(0).currency(), s.currency());
            }
        }
        if (cap != null) {
            if (cap.isNegative()) {
                throw new InvalidValueException("cap", cap, "must not be negative");
            }
            if (!cap.currency().equals(scales.get(0).currency())) {
                throw new CurrencyMismatchException(scales.get(0).currency(), cap.currency());
            }
        }
        if (minors != null && !seen.containsAll(minors.stages())) {
            throw new InvalidValueException("minors stages", minors.stages(),
                    "must all be covered by a scale of the version");
        }
    }

    /** @return the effective date, or empty when the version has no recorded start */
    public Optional<LocalDate> effectiveFromIfSet() {
        return Optional.ofNullable(effectiveFrom);
    }

    /** @return the absolute cap, if any */
    public Optional<Money> capIfSet() {
        return Optional.ofNullable(cap);
    }

    /** @return the minors' limit, if any */
    public Optional<MinorsLimit> minorsIfSet() {
        return Optional.ofNullable(minors);
    }

    /** @return every stage some scale of this version covers */
    public Set<Stage> stages() {
        Set<Stage> all = EnumSet.noneOf(Stage.class);
        scales.forEach(s -> all.addAll(s.stages()));
        return Collections.unmodifiableSet(all);
    }

    /**
     * @param stage a stage
     * @return the scale that covers it, if any
     */
    public Optional<Scale> scaleFor(Stage stage) {
        return scales.stream().filter(s -> s.stages().contains(stage)).findFirst();
    }

    /** @return {@code from 2014-07-30 [P]} or {@code without a recorded start date} */
    public String describeEffective() {
        return effectiveFrom == null ? "without a recorded start date"
                : "from " + effectiveFrom + " " + dateStatus.tag();
    }
}
