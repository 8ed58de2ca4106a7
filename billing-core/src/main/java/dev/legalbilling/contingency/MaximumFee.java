package dev.legalbilling.contingency;

import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The maximum contingent fee a schedule allows for one recovery, with the band-by-band breakdown and everything a
 * rule or a reader needs to judge an agreed fee against it.
 *
 * <h2>How the fee is computed and rounded</h2>
 * <ol>
 *   <li>{@code base} = the recovery ({@link Basis#GROSS}) or the recovery minus costs, never below zero
 *       ({@link Basis#NET}).</li>
 *   <li>The scale's {@link Scale#rates() rates} are applied to the base, each band's rate lowered to the minors'
 *       limit when a per-tier minors' limit applies: {@link #computation()} is the resulting
 *       {@link TieredAmount}, the same model a contingent fee bills with. Its {@code uncovered} part lies in the
 *       court-approval zone ({@link #courtSetExcess()}), whose fee only a court may set; it is never silently
 *       capped.</li>
 *   <li>{@link #exactTierTotal()} is the exact sum of {@code rate × portion} over the bands, an exact
 *       {@link Fraction}.</li>
 *   <li>{@link #exactFee()} is {@code exactTierTotal} lowered, where they bind, by the absolute cap
 *       ({@link #capApplied()}) and by a minors' limit read on the total ({@link #minorsLimitApplied()}).</li>
 *   <li>{@link #fee()} is {@code exactFee} rounded <b>once</b>, half-up, to the currency's minor unit.</li>
 * </ol>
 * The computation's total is {@code exactTierTotal} rounded once, half-up, and its parts always add up to it (each
 * within one minor unit of its exact share, see {@link TieredAmount}); so when no cap or total limit binds, the
 * displayed band fees add up exactly to {@link #fee()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheduleId the schedule's id
 * @param version the version in effect on the query's date
 * @param query the query as given
 * @param basis the basis used (the query's, or the schedule's default)
 * @param base the amount the scale was applied to
 * @param scale the scale applied (the one covering the query's stage)
 * @param appliedRates the scale's rates as applied: lowered to the minors' limit when a per-tier limit applies,
 *     else the scale's own
 * @param computation the applied rates applied to the base
 * @param exactTierTotal the exact sum of the band charges
 * @param exactFee the exact maximum fee after caps and limits
 * @param fee the maximum fee, {@code exactFee} rounded half-up once; excludes any court-set part
 * @param capApplied whether the version's absolute cap lowered the fee
 * @param minorsLimitApplied whether a minors' limit lowered the fee
 * @param ambiguous whether the schedule data flags the result as ambiguous (a minors' limit above its threshold)
 * @param alternativeFee the fee under the other reading when ambiguous, else null
 * @param notes the schedule's, version's and scale's notes, then remarks on this computation; unmodifiable
 */
public record MaximumFee(String scheduleId, ScheduleVersion version, FeeQuery query, Basis basis, Money base,
        Scale scale, TieredSchedule appliedRates, TieredAmount computation, Fraction exactTierTotal, Fraction exactFee, Money fee,
        boolean capApplied, boolean minorsLimitApplied, boolean ambiguous, Money alternativeFee, List<String> notes) {

    /** Checks that the required values are present and copies the notes. */
    public MaximumFee {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(appliedRates, "appliedRates");
        Objects.requireNonNull(computation, "computation");
        Objects.requireNonNull(exactTierTotal, "exactTierTotal");
        Objects.requireNonNull(exactFee, "exactFee");
        Objects.requireNonNull(fee, "fee");
        notes = List.copyOf(notes);
    }

    /**
     * @return one part per band of the scale, lowest first, including the bands the base does not reach (their
     *     portion and amount are zero): the band's edges, the rate applied (lower than the scale's under a per-tier
     *     minors' limit), the portion of the base inside it and its fee. The court-set zone is not a band: see
     *     {@link #courtSetExcess()} and {@link Scale#courtZoneFrom()}.
     */
    public List<TieredAmount.Part> bands() {
        List<TieredAmount.Part> parts = computation.parts();
        List<Tier> tiers = appliedRates.tiers();
        Money zero = Money.zero(base.currency());
        List<TieredAmount.Part> all = new ArrayList<>(parts);
        for (int i = parts.size(); i < tiers.size(); i++) {
            all.add(new TieredAmount.Part(scale.bandFrom(i), tiers.get(i).upTo(), tiers.get(i).rate(), zero, zero));
        }
        return List.copyOf(all);
    }

    /** @return the part of the base whose fee only a court may set; zero when none */
    public Money courtSetExcess() {
        return computation.uncovered();
    }

    /**
     * @return true when part of the recovery lies in a court-approval zone: the fee on {@link #courtSetExcess()}
     *     must be set by a court and {@link #fee()} covers only the rest
     */
    public boolean requiresCourtApproval() {
        return courtSetExcess().isPositive();
    }

    /** @return the fee under the other reading of an ambiguous rule, if flagged */
    public Optional<Money> alternativeFeeIfSet() {
        return Optional.ofNullable(alternativeFee);
    }

    /** @return the sum of the band fees as displayed: the tier total rounded once (see the class comment) */
    public Money displayedPartsTotal() {
        return computation.total();
    }

    /** @return e.g. {@code MaximumFee[NJ-TORT, USD 812500.00 plus a court-set fee on USD 500000.00]} */
    @Override
    public String toString() {
        return "MaximumFee[" + scheduleId + ", " + fee
                + (requiresCourtApproval() ? " plus a court-set fee on " + courtSetExcess() : "")
                + (ambiguous ? ", ambiguous" : "") + "]";
    }
}
