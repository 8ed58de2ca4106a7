package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A statutory or court-rule cap on contingent fees, such as New York's Schedule A or the FTCA's 20 %/25 %, as
 * data: versions by effective date, each with marginal scales by stage, an optional absolute cap and an optional
 * minors' limit; the basis (net or gross) the percentages are measured on; and the citation and a status tag for
 * every figure. Schedules are loaded from schedule files by {@link ContingencySchedules}.
 *
 * <p>{@link #maximumFee(FeeQuery)} computes the largest fee the schedule allows for a recovery; see
 * {@link MaximumFee} for the arithmetic and rounding.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable upper-case id, e.g. {@code NY-PI-A}
 * @param title a short name, e.g. {@code New York personal injury, Schedule A}
 * @param citation the rule or statute and where it was read, e.g. {@code 22 NYCRR 603.25, 691.20}
 * @param jurisdiction where the cap applies ({@code US-FED} for federal statutes)
 * @param matterTypes the matter types it caps; not empty; unmodifiable
 * @param currency the currency of every amount in the schedule
 * @param governingDate which date selects the version
 * @param governingDateStatus how well that choice of date is confirmed
 * @param basis the default basis the percentages are measured on
 * @param basisStatus how well the basis is confirmed
 * @param alternativeBasis another basis the schedule allows (New York: gross when the lawyer pays the costs), or
 *     null
 * @param alternativeBasisStatus how well the alternative is confirmed; null exactly when there is none
 * @param notes statements about the schedule for reports; unmodifiable
 * @param versions the versions, ordered by effective date with an undated first version first; unmodifiable
 */
public record ContingencySchedule(String id, String title, String citation, Jurisdiction jurisdiction,
        Set<MatterType> matterTypes, Currency currency, GoverningDate governingDate,
        SourceStatus governingDateStatus, Basis basis, SourceStatus basisStatus, Basis alternativeBasis,
        SourceStatus alternativeBasisStatus, List<String> notes, List<ScheduleVersion> versions) {

    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Comparator<ScheduleVersion> BY_DATE = Comparator.comparing(ScheduleVersion::effectiveFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Validates the schedule.
     *
     * @throws InvalidValueException when the id is not upper-case letters, digits and single hyphens, a text is
     *     blank, no matter type or version is given, two versions share an effective date, more than one version
     *     is undated, the alternative basis equals the default, or a status is missing
     * @throws CurrencyMismatchException when a version uses another currency
     */
    public ContingencySchedule {
        Checks.identifier("scheduleId", id);
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("scheduleId", id,
                    "must be upper-case letters and digits separated by single hyphens, e.g. NY-PI-A");
        }
        Checks.notBlank("title", title);
        Checks.notBlank("citation", citation);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(matterTypes, "matterTypes");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(governingDate, "governingDate");
        Objects.requireNonNull(governingDateStatus, "governingDateStatus");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(basisStatus, "basisStatus");
        if (matterTypes.isEmpty()) {
            throw new InvalidValueException("matter-types", "[]", "must name at least one matter type");
        }
        matterTypes = Collections.unmodifiableSet(EnumSet.copyOf(matterTypes));
        if ((alternativeBasis == null) != (alternativeBasisStatus == null)) {
            throw new InvalidValueException("alternative-basis status", alternativeBasisStatus,
                    "must be given exactly when there is an alternative basis");
        }
        if (alternativeBasis == basis) {
            throw new InvalidValueException("alternative-basis", alternativeBasis, "must differ from the basis");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty()) {
            throw new InvalidValueException("versions", "[]", "must contain at least one version");
        }
        List<ScheduleVersion> sorted = new ArrayList<>(versions);
        sorted.sort(BY_DATE);
        for (int i = 0; i < sorted.size(); i++) {
            ScheduleVersion v = sorted.get(i);
            if (!v.scales().get(0).currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, v.scales().get(0).currency());
            }
            if (i > 0 && Objects.equals(sorted.get(i - 1).effectiveFrom(), v.effectiveFrom())) {
                throw new InvalidValueException("version", v.effectiveFrom() == null ? "undated" : v.effectiveFrom(),
                        "is given twice");
            }
        }
        versions = List.copyOf(sorted);
    }

    /** @return the bases the schedule allows: the default first */
    public Set<Basis> bases() {
        return alternativeBasis == null ? EnumSet.of(basis) : EnumSet.of(basis, alternativeBasis);
    }

    /**
     * @param date the governing date
     * @return the version in effect on that date: the latest one whose effective date is on or before it
     * @throws ScheduleNotApplicableException when every version starts after the date
     */
    public ScheduleVersion versionOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ScheduleVersion found = null;
        for (ScheduleVersion v : versions) {
            if (v.effectiveFrom() == null || !v.effectiveFrom().isAfter(date)) {
                found = v;
            }
        }
        if (found == null) {
            throw new ScheduleNotApplicableException(id, "date", date, "no version is in effect before "
                    + versions.get(0).effectiveFrom() + " (" + governingDate.describe() + " governs)");
        }
        return found;
    }

    /**
     * Computes the largest fee this schedule allows.
     *
     * @param query the recovery, costs, stage, basis, minor flag and governing date
     * @return the maximum fee with its breakdown
     * @throws ScheduleNotApplicableException when no version is in effect on the date, the basis is not allowed,
     *     the stage is not covered, or the stage is missing where the schedule (or its minors' limit) depends on it
     * @throws CurrencyMismatchException when the recovery is not in the schedule's currency
     */
    public MaximumFee maximumFee(FeeQuery query) {
        Objects.requireNonNull(query, "query");
        if (!query.recovery().currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, query.recovery().currency());
        }
        ScheduleVersion version = versionOn(query.date());
        Basis usedBasis = query.basis() == null ? basis : query.basis();
        if (!bases().contains(usedBasis)) {
            throw new ScheduleNotApplicableException(id, "basis", usedBasis, "is not allowed; allowed: "
                    + bases().stream().map(Basis::label).collect(Collectors.joining(", ")));
        }
        Scale scale = scaleFor(version, query.stage());
        MinorsLimit minors = query.minor() ? minorsLimitFor(version, scale, query.stage()) : null;
        Money zero = Money.zero(currency);
        Money base = usedBasis == Basis.NET ? query.recovery().minus(query.costs()).max(zero) : query.recovery();

        TieredSchedule applied = minors != null && minors.reading() == MinorsLimit.Reading.PER_TIER
                ? scale.rates().withRatesAtMost(minors.rate()) : scale.rates();
        TieredAmount computation = applied.apply(base, RoundingMode.HALF_UP);
        Fraction plainTotal = scale.rates().exactCharge(base);
        Fraction tierTotal = applied.exactCharge(base);
        Money courtSet = computation.uncovered();

        List<String> remarks = new ArrayList<>();
        Fraction exactFee = tierTotal;
        boolean minorsApplied = false;
        boolean ambiguous = false;
        Money alternative = null;
        if (minors != null) {
            Fraction computedBase = Fraction.of(base.minus(courtSet).amount());
            Fraction perTier = minors.reading() == MinorsLimit.Reading.PER_TIER ? tierTotal
                    : scale.rates().withRatesAtMost(minors.rate()).exactCharge(base);
            Fraction total = plainTotal.min(minors.rate().times(computedBase));
            exactFee = minors.reading() == MinorsLimit.Reading.PER_TIER ? perTier : total;
            Fraction other = minors.reading() == MinorsLimit.Reading.PER_TIER ? total : perTier;
            minorsApplied = exactFee.compareTo(plainTotal) < 0;
            if (minorsApplied) {
                remarks.add("The minors' limit of " + minors.rate().toPercentString() + " " + minors.status().tag()
                        + " applies" + (query.stage() == null ? "" : " at stage " + query.stage()) + ", read "
                        + minors.reading().label() + ".");
            }
            if (minors.ambiguousAbove() != null && base.isGreaterThan(minors.ambiguousAbove())) {
                ambiguous = true;
                alternative = other.toMoney(currency, RoundingMode.HALF_UP);
                remarks.add("Ambiguous: above " + MoneyFormat.CODE.format(minors.ambiguousAbove()) + " the minors' limit can be read per tier or"
                        + " on the total; read " + (minors.reading() == MinorsLimit.Reading.PER_TIER ? "on the total"
                        : "per tier") + ", the maximum would be " + MoneyFormat.CODE.format(alternative) + ".");
            }
        }
        boolean capApplied = false;
        if (version.cap() != null) {
            Fraction cap = Fraction.of(version.cap().amount());
            if (exactFee.compareTo(cap) > 0) {
                remarks.add("The cap of " + MoneyFormat.CODE.format(version.cap()) + " " + version.capStatus().tag() + " binds; the scale alone"
                        + " gives " + MoneyFormat.CODE.format(exactFee.toMoney(currency, RoundingMode.HALF_UP)) + ".");
                exactFee = cap;
                capApplied = true;
            }
        }
        if (usedBasis == Basis.NET && query.costs().isGreaterThan(query.recovery())) {
            remarks.add("The costs exceed the recovery: the net base is zero.");
        }
        if (courtSet.isPositive()) {
            Money zoneFrom = scale.courtZoneFrom().orElseThrow();
            remarks.add("Court approval required: the fee on the " + MoneyFormat.CODE.format(courtSet) + " above "
                    + MoneyFormat.CODE.format(zoneFrom) + " is set by the court on application; the maximum shown covers"
                    + " the first " + MoneyFormat.CODE.format(zoneFrom) + " only.");
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(version.notes());
        allNotes.addAll(scale.notes());
        allNotes.addAll(remarks);
        return new MaximumFee(id, version, query, usedBasis, base, scale, applied, computation, tierTotal, exactFee,
                exactFee.toMoney(currency, RoundingMode.HALF_UP), capApplied, minorsApplied, ambiguous, alternative,
                allNotes);
    }

    private Scale scaleFor(ScheduleVersion version, Stage stage) {
        if (stage == null) {
            if (version.scales().size() == 1) {
                return version.scales().get(0);
            }
            throw new ScheduleNotApplicableException(id, "stage", null, "is needed: the maximum differs between "
                    + version.scales().stream().map(s -> describe(s.stages())).collect(Collectors.joining(" and ")));
        }
        return version.scaleFor(stage).orElseThrow(() -> new ScheduleNotApplicableException(id, "stage",
                stage.label(), "is not covered; the schedule applies at " + describe(version.stages())));
    }

    private MinorsLimit minorsLimitFor(ScheduleVersion version, Scale scale, Stage stage) {
        MinorsLimit minors = version.minors();
        if (minors == null) {
            return null;
        }
        if (stage != null) {
            return minors.stages().contains(stage) ? minors : null;
        }
        if (minors.stages().containsAll(scale.stages())) {
            return minors;
        }
        if (Collections.disjoint(minors.stages(), scale.stages())) {
            return null;
        }
        throw new ScheduleNotApplicableException(id, "stage", null, "is needed for a minor: the minors' limit applies"
                + " only at " + describe(minors.stages()));
    }

    private static String describeGroup(Set<Stage> stages) {
        if (stages.size() == Stage.values().length) {
            return "any stage";
        }
        return stages.equals(Stage.LITIGATION) ? "any litigation stage" : describe(stages);
    }

    private static String describe(Set<Stage> stages) {
        return stages.stream().map(Stage::label).collect(Collectors.joining(", "));
    }

    /**
     * @param jurisdiction a matter's jurisdiction
     * @param matterType a matter's type
     * @return true when this schedule caps contingent fees for such matters
     */
    public boolean appliesTo(Jurisdiction jurisdiction, MatterType matterType) {
        return this.jurisdiction.equals(jurisdiction) && matterTypes.contains(matterType);
    }

    /** @return every figure tagged {@code [P]} or {@code [U]}, described one per line, for reports and reviews */
    public List<String> parameters() {
        List<String> out = new ArrayList<>();
        if (governingDateStatus.isParameter()) {
            out.add("governing date: " + governingDate.label() + " " + governingDateStatus.tag());
        }
        if (basisStatus.isParameter()) {
            out.add("basis: " + basis.label() + " " + basisStatus.tag());
        }
        if (alternativeBasisStatus != null && alternativeBasisStatus.isParameter()) {
            out.add("alternative basis: " + alternativeBasis.label() + " " + alternativeBasisStatus.tag());
        }
        for (ScheduleVersion v : versions) {
            String prefix = "version " + (v.effectiveFrom() == null ? "undated" : v.effectiveFrom().toString());
            if (v.dateStatus() != null && v.dateStatus().isParameter()) {
                out.add(prefix + ": effective date " + v.dateStatus().tag());
            }
            for (Scale s : v.scales()) {
                List<String> bands = s.describeBands();
                for (int i = 0; i < bands.size(); i++) {
                    if (s.statuses().get(i).isParameter()) {
                        out.add(prefix + ", " + describeGroup(s.stages()) + ": " + bands.get(i));
                    }
                }
            }
            if (v.capStatus() != null && v.capStatus().isParameter()) {
                out.add(prefix + ": cap " + v.cap() + " " + v.capStatus().tag());
            }
            if (v.minors() != null && v.minors().status().isParameter()) {
                out.add(prefix + ": minors' limit " + v.minors().rate().toPercentString() + " "
                        + v.minors().status().tag());
            }
        }
        return out;
    }

    /** @return e.g. {@code ContingencySchedule[NY-PI-A, US-NY, 1 version]} */
    @Override
    public String toString() {
        return "ContingencySchedule[" + id + ", " + jurisdiction + ", " + versions.size()
                + (versions.size() == 1 ? " version]" : " versions]");
    }
}
