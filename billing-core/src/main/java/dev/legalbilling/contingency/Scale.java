package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The marginal tiers that apply at some stages of a matter, e.g. Florida's "after answer" column.
 *
 * <p>Tiers start at zero, follow each other without gaps or overlaps, and only the last may be open-ended; a
 * court-set tier (no rate) may only come last.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stages the stages this scale applies at; not empty; unmodifiable
 * @param tiers the bands in ascending order; not empty; unmodifiable
 * @param notes statements that hold only at these stages, for reports; unmodifiable
 */
public record Scale(Set<Stage> stages, List<Tier> tiers, List<String> notes) {

    /**
     * Validates the scale.
     *
     * @throws InvalidValueException when stages or tiers are empty, the first tier does not start at zero, tiers
     *     leave a gap or overlap, a tier other than the last is open-ended, or a court-set tier is not last
     * @throws CurrencyMismatchException when tiers use different currencies
     */
    public Scale {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(tiers, "tiers");
        if (stages.isEmpty()) {
            throw new InvalidValueException("stages", "[]", "must name at least one stage");
        }
        if (tiers.isEmpty()) {
            throw new InvalidValueException("tiers", "[]", "must contain at least one tier");
        }
        stages = Collections.unmodifiableSet(EnumSet.copyOf(stages));
        tiers = List.copyOf(tiers);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (!tiers.get(0).from().isZero()) {
            throw new InvalidValueException("tier", tiers.get(0), "must start at zero as the first tier");
        }
        for (int i = 1; i < tiers.size(); i++) {
            Tier previous = tiers.get(i - 1);
            Tier tier = tiers.get(i);
            if (previous.upTo() == null) {
                throw new InvalidValueException("tier", previous, "is open-ended but is not the last tier");
            }
            if (!previous.upTo().equals(tier.from())) {
                throw new InvalidValueException("tier", tier, "must start where the previous tier ends ("
                        + previous.upTo() + ")");
            }
            if (previous.isCourtSet()) {
                throw new InvalidValueException("tier", previous, "is court-set but is not the last tier");
            }
        }
    }

    /** @return the currency of the band edges */
    public Currency currency() {
        return tiers.get(0).from().currency();
    }

    /** @return the highest computed rate of any tier (court-set tiers have none); zero if every tier is court-set */
    public Fraction topRate() {
        Fraction top = Fraction.ZERO;
        for (Tier t : tiers) {
            if (t.rate() != null) {
                top = top.max(t.rate());
            }
        }
        return top;
    }

    /** @return where the court-set zone starts, if the scale has one */
    public Optional<Money> courtZoneFrom() {
        Tier last = tiers.get(tiers.size() - 1);
        return last.isCourtSet() ? Optional.of(last.from()) : Optional.empty();
    }
}
