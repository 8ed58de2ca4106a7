package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ILLINOIS;
import static dev.legalbilling.trust.TrustFixtures.USD;
import static dev.legalbilling.trust.TrustFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrustAccountingProfileTest {
    @Test
    void defaultsAreTaggedAsConfigurableNotLaw() {
        TrustAccountingProfile p = TrustAccountingProfile.configurableDefaults(ILLINOIS, USD);

        assertThat(p.basis()).isEqualTo("configurable default, not law");
        assertThat(p.reconciliationFrequency()).isEqualTo(ReconciliationFrequency.QUARTERLY);
        assertThat(p.splitDepositsAllowed()).isFalse();
        assertThat(p.bankChargeCushionMax()).isEqualTo(usd("500.00"));
        assertThat(p.retentionYears()).isEqualTo(5);
    }

    @Test
    void everyFigureIsAParameter() {
        TrustAccountingProfile florida = TrustAccountingProfile.configurableDefaults(ILLINOIS, USD)
                .withReconciliationFrequency(ReconciliationFrequency.MONTHLY).withRetentionYears(6)
                .withBankChargeCushionMax(usd("250.00")).withSplitDepositsAllowed(true)
                .withBasis("firm policy, checked against R. 5-1.2 on 2025-01-10");

        assertThat(florida.reconciliationFrequency()).isEqualTo(ReconciliationFrequency.MONTHLY);
        assertThat(florida.retentionYears()).isEqualTo(6);
        assertThat(florida.bankChargeCushionMax()).isEqualTo(usd("250.00"));
        assertThat(florida.splitDepositsAllowed()).isTrue();
    }

    @Test
    void rejectsNonsense() {
        TrustAccountingProfile p = TrustAccountingProfile.configurableDefaults(ILLINOIS, USD);
        assertThatThrownBy(() -> p.withRetentionYears(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> p.withBankChargeCushionMax(usd("-1.00"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> p.withBasis(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void computesTheNextReconciliationDate() {
        assertThat(ReconciliationFrequency.MONTHLY.nextAsOf(LocalDate.of(2025, 3, 31)))
                .isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(ReconciliationFrequency.QUARTERLY.nextAsOf(LocalDate.of(2025, 3, 31)))
                .isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ReconciliationFrequency.QUARTERLY.nextAsOf(LocalDate.of(2025, 12, 31)))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReconciliationFrequency.MONTHLY.nextAsOf(LocalDate.of(2024, 2, 15)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReconciliationFrequency.QUARTERLY.nextAsOf(LocalDate.of(2025, 5, 1)))
                .isEqualTo(LocalDate.of(2025, 6, 30));
    }
}
