package dev.legalbilling.agreement;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.ContingencySchedules;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


class ContingencyCapCheckTest {
    private static final Client INJURED_CLIENT = new Client(ClientId.of("C-17"), "Jane Roe");
    private static final LocalDate SIGNED_2024_03_01 = LocalDate.of(2024, 3, 1);
    private static final LocalDate SETTLED_2025_06_30 = LocalDate.of(2025, 6, 30);
    private static final ContingencyTerms FORTY_PERCENT_NET = ContingencyTerms.flat(Fraction.parse("40%"),
            Basis.NET, OwedIfLost.NOTHING);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Matter matter(String jurisdiction, MatterType type, FeeAgreement agreement) {
        return Matter.builder(MatterId.of("M-1"), INJURED_CLIENT).name("Roe v. Acme").arrangement(new HourlyFee())
                .jurisdiction(jurisdiction).matterType(type).feeAgreement(agreement).build();
    }

    private static FeeAgreement settled(ContingencyTerms terms, String recovery, String costs, Stage stage) {
        return FeeAgreement.builder().signedByClientOn(SIGNED_2024_03_01).contingency(terms)
                .outcome(new Recovery(SETTLED_2025_06_30, usd(recovery), stage, usd(costs))).build();
    }

    @Test
    void fortyPercentInNewYorkExceedsBothSchedules() {
        Matter m = matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(FORTY_PERCENT_NET, "2150000", "150000", Stage.POST_FILING));
        List<ContingencyCapCheck> checks = capChecks(m, ContingencySchedules.builtIn());
        assertThat(checks).extracting(ContingencyCapCheck::scheduleId).containsExactly("NY-PI-A", "NY-PI-B");
        assertThat(checks).allMatch(ContingencyCapCheck::exceedsCap);
        assertThat(checks.get(1).agreedFee()).isEqualTo(usd("800000.00"));
        assertThat(checks.get(1).excess()).isEqualTo(usd("133333.33"));
    }

    @Test
    void comparesOnlyAgainstTheElectedSchedule() {
        ContingencyTerms third = ContingencyTerms.flat(Fraction.of(1, 3), Basis.NET,
                OwedIfLost.NOTHING).electing("NY-PI-B");
        List<ContingencyCapCheck> checks = capChecks(matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(third, "2150000", "150000", Stage.TRIAL)), ContingencySchedules.builtIn());
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.scheduleId()).isEqualTo("NY-PI-B");
            assertThat(c.exceedsCap()).isFalse();
            assertThat(c.excess()).isEqualTo(usd("0.00"));
        });
    }

    @Test
    void aboveNewJerseysCourtZoneTheExcessNeedsApprovalRatherThanBreakingTheCap() {
        ContingencyTerms quarter = ContingencyTerms.flat(Fraction.of(1, 4), Basis.NET,
                OwedIfLost.NOTHING);
        ContingencyCapCheck check = capChecks(matter("US-NJ", MatterType.PERSONAL_INJURY,
                settled(quarter, "4000000", "0", Stage.TRIAL)), ContingencySchedules.builtIn()).get(0);
        assertThat(check.agreedFee()).isEqualTo(usd("1000000.00"));
        assertThat(check.maximum().fee()).isEqualTo(usd("812500.00"));
        assertThat(check.exceedsCap()).isFalse();
        assertThat(check.needsCourtApproval()).isTrue();
    }

    @Test
    void usesTheMinorFlagAndTheDecisionDate() {
        FeeAgreement minor = settled(ContingencyTerms.flat(Fraction.parse("30%"), Basis.NET,
                OwedIfLost.NOTHING), "2000000", "0", Stage.PRE_SUIT).toBuilder().clientMinorOrIncapacitated(true)
                .build();
        ContingencyCapCheck nj = capChecks(matter("US-NJ", MatterType.OTHER_TORT, minor),
                ContingencySchedules.builtIn()).get(0);
        assertThat(nj.maximum().fee()).isEqualTo(usd("500000.00"));
        assertThat(nj.exceedsCap()).isTrue();

        FeeAgreement ssa = FeeAgreement.builder().signedByClientOn(LocalDate.of(2020, 1, 1))
                .contingency(ContingencyTerms.flat(Fraction.of(1, 4), Basis.GROSS, OwedIfLost.NOTHING))
                .outcome(new Recovery(LocalDate.of(2024, 11, 30), usd("60000"), Stage.ADMINISTRATIVE,
                        usd("0"))).build();
        ContingencyCapCheck cap = capChecks(matter("US-FED", MatterType.SOCIAL_SECURITY_DISABILITY,
                ssa), ContingencySchedules.builtIn()).get(0);
        assertThat(cap.maximum().fee()).isEqualTo(usd("9200.00"));
        assertThat(cap.excess()).isEqualTo(usd("5800.00"));
    }

    @Test
    void nothingToCheckWithoutAComputableAgreedFee() {
        ContingencySchedules all = ContingencySchedules.builtIn();
        assertThat(capChecks(matter("US-NY", MatterType.PERSONAL_INJURY, null), all)).isEmpty();
        FeeAgreement open = FeeAgreement.builder().contingency(FORTY_PERCENT_NET).build();
        assertThat(capChecks(matter("US-NY", MatterType.PERSONAL_INJURY, open), all)).isEmpty();
        ContingencyTerms silent = new ContingencyTerms(Map.of(Stage.TRIAL, Fraction.of(1, 3)), null, null,
                null);
        assertThat(capChecks(matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(silent, "1000", "100", Stage.TRIAL)), all)).isEmpty();
        assertThat(capChecks(matter("US-TX", MatterType.PERSONAL_INJURY,
                settled(FORTY_PERCENT_NET, "1000", "0", Stage.TRIAL)), all)).isEmpty();
        // SSA has no scale at trial: left out rather than failing
        assertThat(capChecks(matter("US-FED", MatterType.SOCIAL_SECURITY_DISABILITY,
                settled(FORTY_PERCENT_NET, "1000", "0", Stage.TRIAL)), all)).isEmpty();
    }

    private static List<ContingencyCapCheck> capChecks(Matter m, ContingencySchedules schedules) {
        return ContingencyCapCheck.of(m.id(), m.jurisdiction(), m.matterType(), m.feeAgreement(), schedules);
    }
}
