package dev.legalbilling.json.matter;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.BillingIncrement;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.FlatFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.fee.HybridFee;
import dev.legalbilling.fee.SuccessFee;
import dev.legalbilling.json.matter.internal.PercentageJson;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.rate.RateLevel;
import dev.legalbilling.utbms.UtbmsCode;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.assertThat;


/** Whatever is written to a matter or work file reads back equal, in every syntax. */
class MatterFileProperties {
    private static final MatterId MATTER = MatterId.of("M-7");
    private static final List<Timekeeper> TEAM = List.of(
            Timekeeper.of("P1", "Park", "Pat", TimekeeperClassification.PARTNR, UnitPrice.of("500", "USD")),
            Timekeeper.of("A1", "Ames", "", TimekeeperClassification.ASSOC, null),
            Timekeeper.of("L1", "Lee", "Lou", TimekeeperClassification.PARALG, UnitPrice.of("180.5", "USD")));
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final List<String> TASKS = UtbmsCodeSet.LITIGATION.codes().stream().map(UtbmsCode::code)
            .filter(UtbmsCodeSet.LITIGATION::isValidTask).toList();
    private static final List<String> ACTIVITIES = UtbmsCodeSet.activities().stream().map(UtbmsCode::code).toList();
    private static final List<String> EXPENSES = UtbmsCodeSet.expenses().stream().map(UtbmsCode::code).toList();

    @Property(tries = 200)
    void matterFilesReadBackEqualInJsonAndYaml(@ForAll("matterFiles") MatterFile file) {
        assertThat(MatterFile.parse("m.yaml", file.format("m.yaml"))).isEqualTo(file);
        assertThat(MatterFile.parse("m.json", file.format("m.json"))).isEqualTo(file);
    }

    @Property(tries = 200)
    void mattersAloneReadBackEqual(@ForAll("matterFiles") MatterFile file) {
        String json = MatterFile.formatMatter(file.matter());
        assertThat(MatterFile.parseMatter("matter", json)).isEqualTo(file.matter());
    }

    @Property(tries = 200)
    void workFilesReadBackEqualInCsvJsonAndYaml(@ForAll("workFiles") WorkFile work) {
        MatterFile matter = matterFile(HourlyFee.of(RateCard.empty()), "USD");
        for (String name : List.of("w.csv", "w.yaml", "w.json")) {
            assertThat(WorkFile.parse(name, work.format(name, matter), matter)).as(name).isEqualTo(work);
        }
    }

    @Property
    void percentagesReadBackFromTheTextTheyWrite(@ForAll @IntRange(min = 1, max = 1000) int denominator,
            @ForAll @IntRange(min = 0, max = 1000) int numerator) {
        Fraction p = Fraction.of(Math.min(numerator, denominator), denominator);
        assertThat(PercentageJson.parse(p.toString())).isEqualTo(p);
    }

    @Provide
    Arbitrary<MatterFile> matterFiles() {
        Arbitrary<FeeArrangement> arrangement = Arbitraries.oneOf(hourly().map(h -> (FeeArrangement) h),
                flat(), contingency(), custom().map(c -> (FeeArrangement) c), hybrid());
        Arbitrary<String> budget = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999999"))
                .ofScale(2).map(BigDecimal::toPlainString).injectNull(0.3);
        return Combinators.combine(arrangement, budget, Arbitraries.of(MatterType.class), texts())
                .as((a, b, type, name) -> {
                    Matter base = matterFile(a, "USD").matter();
                    Matter matter = base.toBuilder().matterType(type).name(name)
                            .budget(b == null ? null : Money.of(b, "USD")).build();
                    return new MatterFile(matter, TEAM, "13-4567890",
                            new Party("Firm " + name, "1 Main St", "", "Albany", "NY", "12207", "US"), null);
                });
    }

    @Provide
    Arbitrary<WorkFile> workFiles() {
        Arbitrary<TimeEntry> time = Combinators.combine(dates(), Arbitraries.of(TEAM), quantity(24),
                Arbitraries.of(TASKS), Arbitraries.of(ACTIVITIES), texts(), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 24 * 60).injectNull(0.7))
                .as((d, tk, h, task, act, n, flag, minutes) -> new TimeEntry(MATTER, tk.id(), d, h, n, task, act, flag,
                        !flag, minutes == null ? null : Duration.ofMinutes(minutes)));
        Arbitrary<Expense> expense = Combinators.combine(dates(), Arbitraries.of(EXPENSES), quantity(1000),
                prices(), texts(), Arbitraries.of(Receipt.class), Arbitraries.of(TEAM).injectNull(0.5),
                quantity(100000).injectNull(0.6))
                .as((d, code, q, price, n, receipt, tk, actual) -> new Expense(MATTER, d, code, q, price, n, receipt,
                        tk == null ? null : tk.id(), actual));
        Arbitrary<Recovery> recovery = Combinators.combine(dates(), money(), Arbitraries.of(Stage.class),
                money()).as(Recovery::new);
        return Combinators.combine(time.list().ofMaxSize(6), expense.list().ofMaxSize(6),
                recovery.list().ofMaxSize(2)).as(WorkFile::new);
    }

    private static MatterFile matterFile(FeeArrangement arrangement, String currency) {
        Matter matter = Matter.builder(MATTER, new Client(ClientId.of("C-7"), "Client Seven")).name("Seven v. Eight")
                .jurisdiction("US-CA").currency(currency).arrangement(arrangement).build();
        return new MatterFile(matter, TEAM, "13-4567890", null, null);
    }

    private static Arbitrary<HourlyFee> hourly() {
        Arbitrary<BillingIncrement> increment = Arbitraries.oneOf(
                Arbitraries.of("0.1", "0.25", "0.0833", "1").map(BillingIncrement::up),
                Arbitraries.of("0.1", "0.5").map(BillingIncrement::down),
                Arbitraries.just(BillingIncrement.exact()));
        return Combinators.combine(rateCards(), increment, Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
                RoundingMode.DOWN)).as(HourlyFee::new);
    }

    private static Arbitrary<RateCard> rateCards() {
        Arbitrary<Rate> rate = Combinators.combine(Arbitraries.of(RateLevel.MATTER_TIMEKEEPER,
                RateLevel.CLIENT_TIMEKEEPER, RateLevel.CLIENT_CLASSIFICATION, RateLevel.CLASSIFICATION_DEFAULT),
                Arbitraries.of(TEAM), dates(), prices())
                .as((level, tk, from, price) -> level.isPerTimekeeper()
                        ? new Rate(level, tk.id(), null, from, price)
                        : new Rate(level, null, tk.classification(), from, price));
        return rate.list().ofMaxSize(5).uniqueElements(r -> List.of(r.level(), r.subject(), r.effectiveFrom()))
                .map(RateCard::of);
    }

    private static Arbitrary<FeeArrangement> flat() {
        Arbitrary<FlatFee.Charge> charge = Combinators.combine(dates(), money(),
                Arbitraries.of("L200", "L310", "L100").injectNull(0.4)).as(FlatFee.Charge::new);
        return charge.list().ofMinSize(1).ofMaxSize(4).map(cs -> new FlatFee(cs, RoundingMode.HALF_UP));
    }

    private static Arbitrary<FeeArrangement> contingency() {
        Arbitrary<Map<Stage, TieredSchedule>> schedules = Combinators.combine(schedules(),
                schedules().injectNull(0.5), schedules().injectNull(0.5)).as((pre, filed, trial) -> {
                    Map<Stage, TieredSchedule> m = new EnumMap<>(Stage.class);
                    m.put(Stage.PRE_SUIT, pre);
                    if (filed != null) {
                        m.put(Stage.POST_FILING, filed);
                    }
                    if (trial != null) {
                        m.put(Stage.TRIAL, trial);
                    }
                    return m;
                });
        return Combinators.combine(schedules, Arbitraries.of(Basis.class))
                .as((s, basis) -> new ContingencyFee(s, basis, RoundingMode.HALF_UP));
    }

    private static Arbitrary<CustomRates> custom() {
        return Combinators.combine(hourly(), percentages(), prices().injectNull(0.5), schedules().injectNull(0.5),
                money().injectNull(0.5)).as(CustomRates::new);
    }

    private static Arbitrary<FeeArrangement> hybrid() {
        Arbitrary<SuccessFee> success = Arbitraries.oneOf(percentages().map(SuccessFee::shareOf),
                money().map(SuccessFee::fixed));
        return Combinators.combine(custom(), success).as(HybridFee::new);
    }

    /** Open-ended schedules of one to four bands. */
    private static Arbitrary<TieredSchedule> schedules() {
        return Combinators.combine(Arbitraries.integers().between(1, 1_000_000).set().ofMaxSize(3),
                percentages().list().ofSize(4)).as((bounds, rates) -> {
                    List<Tier> tiers = new ArrayList<>();
                    bounds.stream().sorted().forEach(b -> tiers.add(Tier.upTo(Money.of(BigDecimal.valueOf(b), "USD"),
                            rates.get(tiers.size()))));
                    tiers.add(Tier.above(rates.get(3)));
                    return new TieredSchedule(tiers);
                });
    }

    private static Arbitrary<Fraction> percentages() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(1, 300))
                .as((n, d) -> Fraction.of(Math.min(n, d), d));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 400).map(MARCH::plusDays);
    }

    private static Arbitrary<BigDecimal> quantity(int max) {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max))
                .ofScale(4), Arbitraries.of(0, 1, 2, 4)).as((q, scale) -> q.setScale(scale, RoundingMode.DOWN));
    }

    private static Arbitrary<UnitPrice> prices() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(4)
                .map(p -> UnitPrice.of(p, Currency.getInstance("USD")));
    }

    private static Arbitrary<Money> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999999")).ofScale(2)
                .map(m -> Money.of(m, "USD"));
    }

    /** Narratives and names: words with punctuation CSV and YAML must quote, and non-ASCII letters. */
    private static Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("a,b", "\"quoted\"", "O'Neil", "key: value", "#7", "- dash", "yes", "null", "1.50",
                        "2026-03-01", "Müller", "naïve", "&", "*", "[x]", "{y}", "%", "|pipe"));
        return word.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
    }
}
