package dev.legalbilling.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.agreement.OwedIfLost;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** A matter refuses a contingency fee arrangement that bills what its fee agreement does not say. */
class MatterAgreementTest {
    private static final Client ACME = new Client(ClientId.of("ACME"), "Acme Widgets Inc.");
    private static final Fraction ONE_THIRD = Fraction.of(1, 3);
    private static final Fraction FORTY_PERCENT = Fraction.percent("40");
    /** 33⅓ % until trial, 40 % from trial, net of costs. */
    private static final ContingencyFee THIRD_THEN_FORTY = ContingencyFee.builder(TieredSchedule.flat(ONE_THIRD))
            .from(Stage.TRIAL, TieredSchedule.flat(FORTY_PERCENT)).basis(Basis.NET).build();

    private static Matter.Builder matter(ContingencyFee fee, ContingencyTerms terms) {
        FeeAgreement agreement = FeeAgreement.builder().signedByClientOn(LocalDate.of(2024, 3, 1)).contingency(terms)
                .build();
        return Matter.builder(MatterId.of("2024-017"), ACME).name("Ramos v. Brightline").arrangement(fee)
                .feeAgreement(agreement);
    }

    @Test
    void acceptsAnAgreementThatStatesWhatTheArrangementBills() {
        ContingencyTerms same = new ContingencyTerms(Map.of(Stage.PRE_SUIT, ONE_THIRD, Stage.ANSWERED, ONE_THIRD,
                Stage.TRIAL, FORTY_PERCENT, Stage.APPEAL, FORTY_PERCENT), Basis.NET, OwedIfLost.EXPENSES, null);
        assertThat(matter(THIRD_THEN_FORTY, same).build().feeAgreement().contingency()).isSameAs(same);
    }

    @Test
    void leavesTermsTheAgreementDoesNotStateToTheEthicsRules() {
        ContingencyTerms silent = new ContingencyTerms(Map.of(Stage.TRIAL, FORTY_PERCENT), null, null, null);
        assertThat(matter(THIRD_THEN_FORTY, silent).build().feeAgreement().contingency().basisIfSet()).isEmpty();
    }

    @Test
    void refusesAPercentageTheArrangementDoesNotChargeNamingBoth() {
        ContingencyTerms fortyEverywhere = ContingencyTerms.flat(FORTY_PERCENT, Basis.NET, OwedIfLost.EXPENSES);
        assertThatThrownBy(() -> matter(THIRD_THEN_FORTY, fortyEverywhere).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("feeAgreement.contingency.percentages.administrative");
                    assertThat(e.value()).isEqualTo("40%");
                })
                .hasMessageContaining("charges '33 1/3%' at the administrative stage");
    }

    @Test
    void refusesAnAgreementOnAnotherBasisNamingBoth() {
        ContingencyTerms gross = ContingencyTerms.flat(ONE_THIRD, Basis.GROSS, OwedIfLost.EXPENSES);
        assertThatThrownBy(() -> matter(ContingencyFee.of(ONE_THIRD, Basis.NET), gross).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("feeAgreement.contingency.basis disagrees with the contingency fee arrangement's basis"
                        + " 'net', was 'gross'");
    }

    @Test
    void refusesAPercentageWhereTheArrangementChargesATieredSchedule() {
        ContingencyFee tiered = ContingencyFee.builder(TieredSchedule.builder()
                .upTo(Money.of("1000", "USD"), Fraction.percent("50")).above(ONE_THIRD)).build();
        ContingencyTerms third = new ContingencyTerms(Map.of(Stage.PRE_SUIT, ONE_THIRD), Basis.NET, null, null);
        assertThatThrownBy(() -> matter(tiered, third).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("charges '50% up to USD 1000.00, 33 1/3% above' at the pre-suit stage");
    }

    @Test
    void comparesOnlyAContingencyArrangementWithContingentTerms() {
        ContingencyTerms third = ContingencyTerms.flat(ONE_THIRD, Basis.GROSS, OwedIfLost.EXPENSES);
        Matter hourly = Matter.builder(MatterId.of("2024-018"), ACME).name("Hourly matter").arrangement(new HourlyFee())
                .feeAgreement(FeeAgreement.builder().contingency(third).build()).build();
        assertThat(hourly.feeAgreement().isContingent()).isTrue();
        Matter withoutTerms = matter(THIRD_THEN_FORTY, null).build();
        assertThat(withoutTerms.feeAgreement().isContingent()).isFalse();
    }
}
