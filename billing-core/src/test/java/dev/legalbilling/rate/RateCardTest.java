package dev.legalbilling.rate;

import static dev.legalbilling.fee.BillingFixtures.ASSOCIATE_BOB;
import static dev.legalbilling.fee.BillingFixtures.PARALEGAL_CARA;
import static dev.legalbilling.fee.BillingFixtures.PARTNER_ALICE;
import static dev.legalbilling.fee.BillingFixtures.march;
import static dev.legalbilling.fee.BillingFixtures.perHour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperClassification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RateCardTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MARCH_16 = march(16);

    private static final Rate ALICE_MATTER_500 = Rate.forMatter(PARTNER_ALICE.id(), JAN_1, perHour("500"));
    private static final Rate ALICE_NEGOTIATED_520 = Rate.negotiated(PARTNER_ALICE.id(), JAN_1, perHour("520"));
    private static final Rate PARTNERS_NEGOTIATED_540 =
            Rate.negotiated(TimekeeperClassification.PARTNR, JAN_1, perHour("540"));
    private static final Rate PARTNERS_DEFAULT_560 =
            Rate.classificationDefault(TimekeeperClassification.PARTNR, JAN_1, perHour("560"));

    private static final RateCard EVERY_LEVEL = RateCard.of(ALICE_MATTER_500, ALICE_NEGOTIATED_520,
            PARTNERS_NEGOTIATED_540, PARTNERS_DEFAULT_560);

    @Test
    void matterRateComesFirst() {
        RateSelection s = EVERY_LEVEL.resolve(PARTNER_ALICE, march(5));

        assertThat(s.level()).isEqualTo(RateLevel.MATTER_TIMEKEEPER);
        assertThat(s.hourlyRate()).isEqualTo(perHour("500"));
        assertThat(s.effectiveFrom()).isEqualTo(JAN_1);
    }

    @Test
    void clientRateForTheTimekeeperComesSecond() {
        RateCard card = RateCard.of(ALICE_NEGOTIATED_520, PARTNERS_NEGOTIATED_540, PARTNERS_DEFAULT_560);

        RateSelection s = card.resolve(PARTNER_ALICE, march(5));

        assertThat(s.level()).isEqualTo(RateLevel.CLIENT_TIMEKEEPER);
        assertThat(s.hourlyRate()).isEqualTo(perHour("520"));
    }

    @Test
    void clientRateForTheClassificationComesThird() {
        RateCard card = RateCard.of(PARTNERS_NEGOTIATED_540, PARTNERS_DEFAULT_560);

        RateSelection s = card.resolve(PARTNER_ALICE, march(5));

        assertThat(s.level()).isEqualTo(RateLevel.CLIENT_CLASSIFICATION);
        assertThat(s.hourlyRate()).isEqualTo(perHour("540"));
    }

    @Test
    void classificationDefaultComesFourth() {
        RateSelection s = RateCard.of(PARTNERS_DEFAULT_560).resolve(PARTNER_ALICE, march(5));

        assertThat(s.level()).isEqualTo(RateLevel.CLASSIFICATION_DEFAULT);
        assertThat(s.hourlyRate()).isEqualTo(perHour("560"));
    }

    @Test
    void standardRateIsTheLastFallback() {
        RateSelection s = RateCard.empty().resolve(PARTNER_ALICE, march(5));

        assertThat(s.level()).isEqualTo(RateLevel.TIMEKEEPER_STANDARD);
        assertThat(s.hourlyRate()).isEqualTo(perHour("600"));
        assertThat(s.effectiveFromIfDated()).isEmpty();
    }

    @Test
    void ratesOfOtherTimekeepersAndClassificationsDoNotApply() {
        RateSelection s = EVERY_LEVEL.resolve(ASSOCIATE_BOB, march(5));

        assertThat(s.level()).isEqualTo(RateLevel.TIMEKEEPER_STANDARD);
        assertThat(s.hourlyRate()).isEqualTo(perHour("350"));
    }

    @Test
    void missingRateNamesTimekeeperAndDate() {
        assertThatThrownBy(() -> EVERY_LEVEL.resolve(PARALEGAL_CARA, march(5)))
                .isInstanceOfSatisfying(NoApplicableRateException.class, e -> {
                    assertThat(e.code()).isEqualTo("RATE_NOT_FOUND");
                    assertThat(e.timekeeper()).isEqualTo(PARALEGAL_CARA.id());
                    assertThat(e.date()).isEqualTo(march(5));
                    assertThat(e.getMessage()).contains("TK-CARA", "2026-03-05");
                });
    }

    @Test
    void laterRateSupersedesTheEarlierFromItsEffectiveDate() {
        RateCard card = RateCard.of(ALICE_MATTER_500,
                Rate.forMatter(PARTNER_ALICE.id(), MARCH_16, perHour("550")));

        assertThat(card.resolve(PARTNER_ALICE, march(15)).hourlyRate()).isEqualTo(perHour("500"));
        assertThat(card.resolve(PARTNER_ALICE, MARCH_16).hourlyRate()).isEqualTo(perHour("550"));
        assertThat(card.resolve(PARTNER_ALICE, march(31)).effectiveFrom()).isEqualTo(MARCH_16);
    }

    @Test
    void rateNotYetInEffectFallsThroughToTheNextLevel() {
        RateCard card = RateCard.of(Rate.forMatter(PARTNER_ALICE.id(), MARCH_16, perHour("500")),
                PARTNERS_NEGOTIATED_540);

        RateSelection before = card.resolve(PARTNER_ALICE, march(15));

        assertThat(before.level()).isEqualTo(RateLevel.CLIENT_CLASSIFICATION);
        assertThat(before.hourlyRate()).isEqualTo(perHour("540"));
        assertThat(card.resolve(PARTNER_ALICE, MARCH_16).level()).isEqualTo(RateLevel.MATTER_TIMEKEEPER);
    }

    @Test
    void explanationSaysWhichRateAppliedAndWhy() {
        RateCard card = RateCard.of(PARTNERS_NEGOTIATED_540);

        String why = card.resolve(PARTNER_ALICE, march(5)).explanation();

        assertThat(why).isEqualTo("USD 540.00/h: client-negotiated rate for classification PARTNR, effective "
                + "2026-01-01; no matter or client rate for timekeeper TK-ALICE in effect on 2026-03-05");
    }

    @Test
    void standardRateExplanationSaysNoCardRateWasInEffect() {
        String why = RateCard.empty().resolve(ASSOCIATE_BOB, march(5)).explanation();

        assertThat(why).startsWith("USD 350.00/h: standard rate of timekeeper TK-BOB")
                .endsWith("no matter, client-negotiated or classification rate in effect on 2026-03-05");
    }

    @Test
    void combinesFirmDefaultsWithClientRates() {
        RateCard firm = RateCard.of(PARTNERS_DEFAULT_560);
        RateCard client = RateCard.of(ALICE_NEGOTIATED_520);

        RateCard combined = firm.with(client);

        assertThat(combined.rates()).containsExactly(PARTNERS_DEFAULT_560, ALICE_NEGOTIATED_520);
        assertThat(combined.resolve(PARTNER_ALICE, march(5)).hourlyRate()).isEqualTo(perHour("520"));
    }

    @Test
    void rejectsTheSameRateTwice() {
        Rate again = Rate.forMatter(PARTNER_ALICE.id(), JAN_1, perHour("510"));

        assertThatThrownBy(() -> RateCard.of(ALICE_MATTER_500, again))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("TK-ALICE", "2026-01-01", "twice"));
    }

    @Test
    void rejectsRatesInTwoCurrencies() {
        Rate euros = Rate.negotiated(PARTNER_ALICE.id(), JAN_1, UnitPrice.of("480", "EUR"));

        assertThatThrownBy(() -> RateCard.of(ALICE_MATTER_500, euros))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void rejectsARateWhoseSubjectDoesNotFitItsLevel() {
        assertThatThrownBy(() -> new Rate(RateLevel.CLIENT_CLASSIFICATION, PARTNER_ALICE.id(), null, JAN_1,
                perHour("1")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("classification"));
        assertThatThrownBy(() -> new Rate(RateLevel.TIMEKEEPER_STANDARD, PARTNER_ALICE.id(), null, JAN_1,
                perHour("1")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("rateLevel"));
    }
}
