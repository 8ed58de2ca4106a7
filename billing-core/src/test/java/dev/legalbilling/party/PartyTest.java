package dev.legalbilling.party;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.agreement.OwedIfLost;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class PartyTest {
    private static final Client ACME = new Client(ClientId.of("ACME"), "Acme Widgets Inc.");

    @Test
    void mapsLegacyTwoLetterClassifications() {
        assertThat(TimekeeperClassification.fromCode("PT")).isEqualTo(TimekeeperClassification.PARTNR);
        assertThat(TimekeeperClassification.fromCode("as")).isEqualTo(TimekeeperClassification.ASSOC);
        assertThat(TimekeeperClassification.fromCode("OC")).isEqualTo(TimekeeperClassification.OFCOUN);
        assertThat(TimekeeperClassification.fromCode("LA")).isEqualTo(TimekeeperClassification.LGLAST);
        assertThat(TimekeeperClassification.fromCode("OT")).isEqualTo(TimekeeperClassification.NBOTHR);
        assertThat(TimekeeperClassification.fromCode(" PARALG ")).isEqualTo(TimekeeperClassification.PARALG);
        assertThat(TimekeeperClassification.values()).hasSize(51);
    }

    @Test
    void rejectsUnknownClassificationNamingTheValue() {
        assertThatThrownBy(() -> TimekeeperClassification.fromCode("BOSS"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'BOSS'");
        assertThat(TimekeeperClassification.isKnown("BOSS")).isFalse();
        assertThat(TimekeeperClassification.isKnown("PT")).isTrue();
    }

    @Test
    void ranksSeniorityForStaffingChecks() {
        assertThat(TimekeeperClassification.PARTNR.seniority())
                .isGreaterThan(TimekeeperClassification.ASSOC.seniority());
        assertThat(TimekeeperClassification.ASSOC.seniority())
                .isGreaterThan(TimekeeperClassification.PARALG.seniority());
        assertThat(TimekeeperClassification.PARALG.isLawyer()).isFalse();
    }

    @Test
    void writesLedesTimekeeperName() {
        Timekeeper tk = Timekeeper.of("22547", "Arnsley", "Robert", TimekeeperClassification.PARTNR,
                UnitPrice.of("350", "USD"));
        assertThat(tk.ledesName()).isEqualTo("Arnsley, Robert");
        assertThat(Timekeeper.of("1", "Cher", null, TimekeeperClassification.ASSOC, null).ledesName())
                .isEqualTo("Cher");
    }

    @Test
    void carriesAnOptionalBarAdmissionYearWithinBounds() {
        Timekeeper tk = Timekeeper.of("A1", "Lind", "Bo", TimekeeperClassification.ASSOC, null);
        assertThat(tk.barAdmissionYear()).isNull();
        assertThat(tk.barAdmissionYearIfSet()).isEmpty();
        assertThat(tk.withBarAdmissionYear(2024).barAdmissionYearIfSet()).contains(2024);
        assertThat(tk.withBarAdmissionYear(1900).barAdmissionYear()).isEqualTo(1900);
        assertThat(tk.withBarAdmissionYear(2024)).isNotEqualTo(tk);
        assertThatThrownBy(() -> tk.withBarAdmissionYear(1899)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("barAdmissionYear").hasMessageContaining("1899");
        assertThatThrownBy(() -> tk.withBarAdmissionYear(3000)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsBlankAndPaddedIdentifiers() {
        assertThatThrownBy(() -> ClientId.of(" ")).hasMessageContaining("clientId must not be blank");
        assertThatThrownBy(() -> MatterId.of(" 12")).hasMessageContaining("white space");
        assertThatThrownBy(() -> TimekeeperId.of("a\nb")).hasMessageContaining("control characters");
    }

    @Test
    void parsesJurisdictionCodes() {
        assertThat(Jurisdiction.of("US-NY").subdivision()).isEqualTo("NY");
        assertThat(Jurisdiction.of("US").subdivision()).isEmpty();
        assertThatThrownBy(() -> Jurisdiction.of("New York")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keepsConfidentialNamesOutOfToString() {
        Matter matter = Matter.builder(MatterId.of("0528"), ACME).name("Acme v. Secret Competitor")
                .arrangement(new HourlyFee()).jurisdiction("US-NY").build();
        assertThat(ACME.toString()).doesNotContain("Acme Widgets");
        assertThat(matter.toString()).doesNotContain("Secret").doesNotContain("Acme Widgets").contains("0528");
    }

    @Test
    void refusesABudgetInAnotherCurrency() {
        assertThatThrownBy(() -> Matter.builder(MatterId.of("1"), ACME).name("x").arrangement(new HourlyFee())
                .currency("EUR").budget(Money.of("100", "USD")).build())
                .hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void carriesItsFeeAgreementThroughTheBuilderAndCopies() {
        FeeAgreement signed = FeeAgreement.builder().signedByClientOn(LocalDate.of(2024, 3, 1))
                .contingency(ContingencyTerms.flat(Fraction.of(1, 3), Basis.NET, OwedIfLost.NOTHING))
                .build();
        Matter matter = Matter.builder(MatterId.of("0529"), ACME).name("Acme v. Secret Competitor")
                .arrangement(new HourlyFee()).matterType(MatterType.PERSONAL_INJURY).feeAgreement(signed).build();
        assertThat(matter.feeAgreement()).isSameAs(signed);
        assertThat(matter.toBuilder().build()).isEqualTo(matter);
        assertThat(matter.toBuilder().feeAgreement(null).build().feeAgreementIfSet()).isEmpty();
        assertThat(matter.toString()).contains("FeeAgreement[written, signed 2024-03-01, contingent]")
                .doesNotContain("Secret");
    }

    @Test
    void refusesAFeeAgreementOutcomeInAnotherCurrency() {
        FeeAgreement euros = FeeAgreement.builder()
                .contingency(ContingencyTerms.flat(Fraction.of(1, 4), Basis.GROSS, OwedIfLost.EXPENSES))
                .outcome(new Recovery(LocalDate.of(2025, 1, 1), Money.of("100", "EUR"), Stage.PRE_SUIT,
                        Money.of("0", "EUR")))
                .build();
        assertThatThrownBy(() -> Matter.builder(MatterId.of("1"), ACME).name("x").arrangement(new HourlyFee())
                .feeAgreement(euros).build()).isInstanceOf(CurrencyMismatchException.class);
    }
}
