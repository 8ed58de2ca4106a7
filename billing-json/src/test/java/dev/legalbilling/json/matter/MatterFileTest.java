package dev.legalbilling.json.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.BillingIncrement;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FlatFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.fee.HybridFee;
import dev.legalbilling.fee.SuccessFee;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.rate.RateLevel;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static dev.legalbilling.json.matter.MatterFixtures.HEADER;
import static dev.legalbilling.json.matter.MatterFixtures.matter;
import static dev.legalbilling.json.matter.MatterFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class MatterFileTest {
    private static final LocalDate BEFORE_RATE_CHANGE = LocalDate.of(2026, 3, 13);
    private static final LocalDate AFTER_RATE_CHANGE = LocalDate.of(2026, 3, 16);

    @Test
    void readsTheSampleLitigationMatter() {
        MatterFile file = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        Matter matter = file.matter();
        assertThat(matter.id().value()).isEqualTo("2025-0419");
        assertThat(matter.client().id().value()).isEqualTo("ACME-INS");
        assertThat(matter.jurisdiction().code()).isEqualTo("US-NY");
        assertThat(matter.budget()).isEqualTo(Money.of("250000.00", "USD"));
        assertThat(matter.clientMatterId()).isEqualTo("CLM-2025-118734");
        assertThat(file.lawFirmId()).isEqualTo("13-4567890");
        assertThat(file.lawFirm().city()).isEqualTo("New York");
        assertThat(file.client().name()).isEqualTo("Acme Insurance Company");
        assertThat(file.client().postcode()).isEqualTo("06103");
        assertThat(file.timekeepers()).extracting(Timekeeper::classification).containsExactly(
                TimekeeperClassification.PARTNR, TimekeeperClassification.PARTNR, TimekeeperClassification.OFCOUN,
                TimekeeperClassification.ASSOC, TimekeeperClassification.ASSOC, TimekeeperClassification.PARALG);
        HourlyFee hourly = (HourlyFee) matter.arrangement();
        assertThat(hourly.rates().rates()).hasSize(11);
        assertThat(hourly.increment()).isEqualTo(BillingIncrement.TENTH_UP);
    }

    @Test
    void sampleRateCardResolvesEachLevelAndTheMidMonthChange() {
        MatterFile file = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        HourlyFee hourly = (HourlyFee) file.matter().arrangement();
        Timekeeper hale = file.timekeeper(TimekeeperId.of("TK-101")).orElseThrow();
        Timekeeper vasquez = file.timekeeper(TimekeeperId.of("TK-103")).orElseThrow();
        Timekeeper okafor = file.timekeeper(TimekeeperId.of("TK-104")).orElseThrow();
        assertThat(hourly.rates().resolve(hale, BEFORE_RATE_CHANGE).level()).isEqualTo(RateLevel.CLIENT_TIMEKEEPER);
        assertThat(hourly.rates().resolve(vasquez, BEFORE_RATE_CHANGE).hourlyRate())
                .isEqualTo(UnitPrice.of("375.00", "USD"));
        assertThat(hourly.rates().resolve(okafor, BEFORE_RATE_CHANGE).hourlyRate())
                .isEqualTo(UnitPrice.of("275.00", "USD"));
        assertThat(hourly.rates().resolve(okafor, AFTER_RATE_CHANGE).hourlyRate())
                .isEqualTo(UnitPrice.of("290.00", "USD"));
    }

    @Test
    void readsAnHourlyArrangementWithItsIncrementAndLegacyClassification() {
        MatterFile file = matter(MatterFixtures.HOURLY);
        HourlyFee hourly = (HourlyFee) file.matter().arrangement();
        assertThat(hourly.increment()).isEqualTo(BillingIncrement.down("0.25"));
        assertThat(hourly.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(hourly.rates().rates()).extracting(r -> r.level()).containsExactly(
                RateLevel.CLIENT_CLASSIFICATION, RateLevel.MATTER_TIMEKEEPER);
        assertThat(file.timekeeper(TimekeeperId.of("A1")).orElseThrow().classification())
                .isEqualTo(TimekeeperClassification.ASSOC);
    }

    @Test
    void readsAFlatFeeWithAPhaseAndAnInstallment() {
        FlatFee flat = (FlatFee) matter(MatterFixtures.FLAT).matter().arrangement();
        assertThat(flat.charges()).containsExactly(
                FlatFee.Charge.forPhase("L200", LocalDate.of(2026, 3, 31), Money.of("10000.00", "USD")),
                FlatFee.Charge.installment(LocalDate.of(2026, 4, 30), Money.of("5000.00", "USD")));
    }

    @Test
    void readsAContingencyFeeWithAThirdExactlyAndAStageSchedule() {
        ContingencyFee fee = (ContingencyFee) matter(MatterFixtures.CONTINGENCY).matter().arrangement();
        assertThat(fee.basis()).isEqualTo(Basis.GROSS);
        assertThat(fee.scheduleFor(Stage.POST_FILING).topRate()).isEqualTo(Fraction.of(1, 3));
        assertThat(fee.scheduleFor(Stage.APPEAL).topRate()).isEqualTo(Fraction.percent("40"));
    }

    @Test
    void readsCustomTermsWithEveryOption() {
        CustomRates terms = (CustomRates) matter(MatterFixtures.CUSTOM).matter().arrangement();
        assertThat(terms.blendedRate()).isEqualTo(UnitPrice.of("400.00", "USD"));
        assertThat(terms.discount()).isEqualTo(Fraction.percent("5"));
        assertThat(terms.volumeDiscounts().tiers()).hasSize(2);
        assertThat(terms.notToExceed()).isEqualTo(Money.of("150000.00", "USD"));
        assertThat(terms.hourly().increment()).isEqualTo(BillingIncrement.TENTH_UP);
    }

    @Test
    void readsAHybridFeeWithItsSuccessFee() {
        HybridFee hybrid = (HybridFee) matter(MatterFixtures.HYBRID).matter().arrangement();
        assertThat(hybrid.successFee()).isEqualTo(SuccessFee.shareOf(Fraction.percent("10")));
        assertThat(hybrid.hourly().discount()).isEqualTo(Fraction.percent("20"));
        assertThat(hybrid.hourly().hourly().rates().rates()).hasSize(2);
    }

    @Test
    void defaultsWhatTheMatterSectionLeavesOut() {
        MatterFile file = MatterFile.parse("m.json", """
                {"client": {"id": "C-9", "name": "Nine"}, "matter": {"id": "M-9", "name": "Nine matter"},
                 "lawFirmId": "F-1", "arrangement": {"type": "hourly"}}
                """);
        Matter m = file.matter();
        assertThat(m.practiceArea()).isEqualTo(PracticeArea.LITIGATION);
        assertThat(m.matterType()).isEqualTo(MatterType.GENERAL);
        assertThat(m.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(m.codeSet()).isEqualTo(UtbmsCodeSet.LITIGATION);
        assertThat(m.budgetIfSet()).isEmpty();
        assertThat(file.timekeepers()).isEmpty();
        assertThat(file.client().name()).isEqualTo("Nine");
    }

    @Test
    void readsAmountsInTheMatterCurrencyWhereverTheCurrencyIsWritten() {
        MatterFile file = MatterFile.parse("m.yaml", """
                arrangement:
                  type: flat
                  charges: [{due: 2026-03-31, amount: "1200"}]
                client: {id: C-1, name: One}
                lawFirmId: F-1
                matter: {id: M-1, name: One, currency: JPY, budget: "500000"}
                """);
        FlatFee flat = (FlatFee) file.matter().arrangement();
        assertThat(flat.total()).isEqualTo(Money.of("1200", "JPY"));
        assertThat(file.matter().budget()).isEqualTo(Money.of("500000", "JPY"));
    }

    @Test
    void refusesAnUnknownKeyNamingItsPathAndLine() {
        assertThatThrownBy(() -> MatterFile.parse("m.yaml", """
                client: {id: C-1, name: One}
                matter:
                  id: M-1
                  name: One
                  colour: red
                lawFirmId: F-1
                arrangement: {type: hourly}
                """))
                .isInstanceOf(JsonInputException.class)
                .satisfies(e -> {
                    JsonInputException j = (JsonInputException) e;
                    assertThat(j.source()).isEqualTo("m.yaml");
                    assertThat(j.path()).isEqualTo("matter.colour");
                    assertThat(j.line()).isBetween(5, 6);
                    assertThat(j.problem()).startsWith("unknown key; known keys: ").contains("name, practiceArea");
                });
    }

    @Test
    void refusesAnUnknownArrangementType() {
        assertThatThrownBy(() -> matter("arrangement: {type: retainer}\n"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("arrangement.type")
                .hasMessageContaining("'retainer' is not a fee arrangement type; expected hourly, flat, contingency,"
                        + " custom or hybrid");
    }

    @Test
    void refusesAParameterOfAnotherArrangement() {
        JsonInputException e = readError(MatterFixtures.HOURLY + "  basis: NET\n");
        assertThat(e.path()).isEqualTo("arrangement.basis");
        assertThat(e.problem()).contains("is not a parameter of an hourly arrangement");
        assertThat(e.line()).isEqualTo(12);
    }

    @Test
    void refusesAContingencyFeeThatDoesNotSayHowCostsAreTreated() {
        JsonInputException e = readError(MatterFixtures.CONTINGENCY.replace("  basis: GROSS\n", ""));
        assertThat(e.path()).isEqualTo("arrangement.basis");
        assertThat(e.problem()).contains("NET").contains("GROSS");
    }

    @Test
    void refusesAPercentageWithoutItsSign() {
        JsonInputException e = readError(MatterFixtures.CONTINGENCY.replace("\"40%\"", "\"0.4\""));
        assertThat(e.path()).isEqualTo("arrangement.schedules.TRIAL");
        assertThat(e.problem()).contains("needs a % sign").contains("'0.4'");
        assertThat(e.line()).isEqualTo(16);
    }

    @Test
    void refusesARateForATimekeeperTheFileDoesNotList() {
        JsonInputException e = readError(MatterFixtures.HOURLY.replace("timekeeper: A1", "timekeeper: A9"));
        assertThat(e.path()).isEqualTo("arrangement.rateCard[1].timekeeper");
        assertThat(e.problem()).contains("'A9'");
        assertThat(e.line()).isEqualTo(16);
    }

    @Test
    void refusesATimekeeperListedTwice() {
        String twice = HEADER.replace("id: A1,", "id: P1,") + MatterFixtures.FLAT;
        assertThatThrownBy(() -> MatterFile.parse("m.yaml", twice))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("m.yaml:10:")
                .hasMessageContaining("timekeepers[1].id: 'P1' is listed twice");
    }

    @Test
    void refusesAnAmountMorePreciseThanTheCurrency() {
        JsonInputException e = readError(MatterFixtures.FLAT.replace("\"5000.00\"", "\"5000.001\""));
        assertThat(e.path()).isEqualTo("arrangement.charges[1].amount");
        assertThat(e.problem()).contains("more than 2 decimals");
    }

    @Test
    void refusesAFlatFeePhaseOutsideTheMattersCodeSet() {
        JsonInputException e = readError(MatterFixtures.FLAT.replace("L200", "P300"));
        assertThat(e.path()).isEqualTo("arrangement.charges[0].taskCode");
        assertThat(e.problem()).contains("'P300'").contains("LITIGATION");
    }

    @Test
    void refusesAFileWithoutArrangement() {
        assertThatThrownBy(() -> MatterFile.parse("m.yaml", HEADER))
                .isInstanceOf(JsonInputException.class).hasMessage("m.yaml: arrangement: is required");
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> MatterFile.read(missing))
                .isInstanceOf(JsonInputException.class).hasMessage(missing + ": file not found");
    }

    @Test
    void refusesAFileNameWithoutAKnownExtension() {
        assertThatThrownBy(() -> MatterFile.parse("matter.txt", HEADER + MatterFixtures.FLAT))
                .isInstanceOf(JsonInputException.class).hasMessageContaining(".json, .yaml or .yml");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> MatterFile.parse("m.yaml", "\n \n"))
                .isInstanceOf(JsonInputException.class).hasMessage("m.yaml: is empty");
    }

    @Test
    void writesWhatItReadsInBothSyntaxes(@TempDir Path dir) throws Exception {
        MatterFile sample = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        Path yaml = dir.resolve("copy.yaml");
        Path json = dir.resolve("copy.json");
        sample.write(yaml);
        sample.write(json);
        assertThat(MatterFile.read(yaml)).isEqualTo(sample);
        assertThat(MatterFile.read(json)).isEqualTo(sample);
        assertThat(Files.readString(yaml)).contains("hourlyRate: \"290.00\"").doesNotContain("currency: USD\n  -");
    }

    @Test
    void keepsNamesOutOfToString() {
        MatterFile file = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        assertThat(file.toString()).contains("2025-0419").doesNotContain("Acme").doesNotContain("Globex")
                .doesNotContain("Hale");
    }

    @Test
    void refusesTimekeepersListedTwiceWhenBuiltInCode() {
        MatterFile file = matter(MatterFixtures.FLAT);
        Timekeeper p1 = file.timekeepers().get(0);
        assertThatThrownBy(() -> new MatterFile(file.matter(), List.of(p1, p1), "F-1", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("listed twice");
    }

    private static JsonInputException readError(String arrangement) {
        try {
            matter(arrangement);
        } catch (JsonInputException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + arrangement);
    }
}
