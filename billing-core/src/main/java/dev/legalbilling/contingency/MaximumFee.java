package dev.legalbilling.contingency;

import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The maximum contingent fee a schedule allows for one recovery, with the tier-by-tier breakdown and everything a
 * rule or a reader needs to judge an agreed fee against it.
 *
 * <h2>How the fee is computed and rounded</h2>
 * <ol>
 *   <li>{@code base} = the recovery ({@link Basis#GROSS}) or the recovery minus costs, never below zero
 *       ({@link Basis#NET}).</li>
 *   <li>Each tier's exact part is {@code rate × slice}, an exact {@link Fraction}; the rate is the tier's, lowered
 *       to the minors' limit when a per-tier minors' limit applies. Court-set tiers contribute nothing: their slice
 *       is reported in {@link #courtSetExcess()} and never silently capped.</li>
 *   <li>{@link #exactTierTotal()} is the exact sum of the parts: {@code Σ exactPart = exactTierTotal}, always.</li>
 *   <li>{@link #exactFee()} is {@code exactTierTotal} lowered, where they bind, by the absolute cap
 *       ({@link #capApplied()}) and by a minors' limit read on the total ({@link #minorsLimitApplied()}).</li>
 *   <li>{@link #fee()} is {@code exactFee} rounded <b>once</b>, half-up, to the currency's minor unit.</li>
 * </ol>
 * Each {@link TierShare#part()} is its exact part rounded half-up on its own, for display. When no cap or total
 * limit binds, the displayed parts can differ from the fee by rounding only: with {@code n} tiers whose exact part
 * is not already a whole number of minor units, {@code |Σ part − fee| ≤ ⌊n/2⌋} minor units (half-up rounding moves
 * a value at most half a unit up and less than half a unit down, so the difference is below {@code (n+1)/2} units
 * and is a whole number of units). One such tier always matches exactly; two or three differ by at most one cent.
 * The fee is never computed as the sum of rounded parts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheduleId the schedule's id
 * @param version the version in effect on the query's date
 * @param query the query as given
 * @param basis the basis used (the query's, or the schedule's default)
 * @param base the amount the scale was applied to
 * @param tiers one share per tier of the scale, in order; unmodifiable
 * @param exactTierTotal the exact sum of the tier parts
 * @param exactFee the exact maximum fee after caps and limits
 * @param fee the maximum fee, {@code exactFee} rounded half-up once; excludes any court-set part
 * @param capApplied whether the version's absolute cap lowered the fee
 * @param minorsLimitApplied whether a minors' limit lowered the fee
 * @param courtSetExcess the part of the base whose fee only a court may set; zero when none
 * @param ambiguous whether the schedule data flags the result as ambiguous (a minors' limit above its threshold)
 * @param alternativeFee the fee under the other reading when ambiguous, else null
 * @param notes the schedule's, version's and scale's notes, then remarks on this computation; unmodifiable
 */
public record MaximumFee(String scheduleId, ScheduleVersion version, FeeQuery query, Basis basis, Money base,
        List<TierShare> tiers, Fraction exactTierTotal, Fraction exactFee, Money fee, boolean capApplied,
        boolean minorsLimitApplied, Money courtSetExcess, boolean ambiguous, Money alternativeFee,
        List<String> notes) {

    /** Checks that the required values are present and copies the lists. */
    public MaximumFee {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(exactTierTotal, "exactTierTotal");
        Objects.requireNonNull(exactFee, "exactFee");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(courtSetExcess, "courtSetExcess");
        tiers = List.copyOf(tiers);
        notes = List.copyOf(notes);
    }

    /**
     * @return true when part of the recovery lies in a court-approval zone: the fee on {@link #courtSetExcess()}
     *     must be set by a court and {@link #fee()} covers only the rest
     */
    public boolean requiresCourtApproval() {
        return courtSetExcess.isPositive();
    }

    /** @return the fee under the other reading of an ambiguous rule, if flagged */
    public Optional<Money> alternativeFeeIfSet() {
        return Optional.ofNullable(alternativeFee);
    }

    /** @return the sum of the tier parts as displayed (each rounded on its own); see the class comment */
    public Money displayedPartsTotal() {
        Money total = Money.zero(fee.currency());
        for (TierShare t : tiers) {
            total = total.plus(t.part());
        }
        return total;
    }

    /** @return e.g. {@code MaximumFee[NJ-TORT, USD 812500.00 plus a court-set fee on USD 500000.00]} */
    @Override
    public String toString() {
        return "MaximumFee[" + scheduleId + ", " + fee
                + (requiresCourtApproval() ? " plus a court-set fee on " + courtSetExcess : "")
                + (ambiguous ? ", ambiguous" : "") + "]";
    }
}
