package dev.legalbilling.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of the baseline's value types. */
class ValuesTest {
    private static final InvoiceNumber INVOICE = InvoiceNumber.of("INV-1");
    private static final Money TEN_DOLLARS = Money.of("10.00", "USD");

    @Test
    void findingsWithTheSameSuggestionWrittenDifferentlyAreEqual() {
        BaselineFinding a = new BaselineFinding("OCG-LONG-ENTRY", INVOICE, "3", TEN_DOLLARS,
                SuggestionKind.REDUCE_UNITS, new BigDecimal("8.0"));
        BaselineFinding b = new BaselineFinding("OCG-LONG-ENTRY", INVOICE, "3", Money.of("10", "USD"),
                SuggestionKind.REDUCE_UNITS, new BigDecimal("8"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void rejectsANegativeAmountAtStake() {
        assertThatThrownBy(() -> new BaselineFinding("OCG-BUDGET", INVOICE, "", Money.of("-1.00", "USD"),
                SuggestionKind.NONE, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("amountAtStake");
    }

    @Test
    void rejectsASuggestionValueThatDoesNotFitItsKind() {
        assertThatThrownBy(() -> new BaselineFinding("OCG-CLERICAL", INVOICE, "1", TEN_DOLLARS,
                SuggestionKind.DISALLOW, BigDecimal.ONE)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be absent for DISALLOW");
        assertThatThrownBy(() -> new BaselineFinding("OCG-TRAVEL", INVOICE, "1", TEN_DOLLARS,
                SuggestionKind.BILL_AT_PERCENT, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is required for BILL_AT_PERCENT");
    }

    @Test
    void profileDefaultsFollowTheSpec() {
        GuidelineProfile defaults = GuidelineProfile.defaults();

        assertThat(defaults.increment()).isEqualByComparingTo("0.1");
        assertThat(defaults.dailyMaxHours()).isEqualByComparingTo("10");
        assertThat(defaults.longEntryMaxHours()).isEqualByComparingTo("8");
        assertThat(defaults.researchMaxHours()).isEqualByComparingTo("10");
        assertThat(defaults.clericalPhrases()).hasSize(17).contains("e-filing", "bates stamp");
        assertThat(defaults.trainingPhrases()).hasSize(9);
        assertThat(defaults.disallowedExpenseCodes()).containsExactlyInAnyOrder("E103", "E104", "E105");
        assertThat(defaults.expenseUnitCaps()).containsOnlyKeys("E101");
        assertThat(defaults.approvedTimekeepers()).isEmpty();
        assertThat(defaults.toBuilder().build().toString()).isEqualTo(defaults.toString());
    }

    @Test
    void profileNormalisesPhrasesAndCodes() {
        GuidelineProfile p = GuidelineProfile.builder().clericalPhrases(List.of("  Bates-Stamp!", "bates-stamp"))
                .disallowedExpenseCodes(java.util.Set.of(" e104 ")).build();

        assertThat(p.clericalPhrases()).containsExactly("bates-stamp");
        assertThat(p.disallowedExpenseCodes()).containsExactly("E104");
    }

    @Test
    void profileRejectsOutOfRangeParameters() {
        assertThatThrownBy(() -> GuidelineProfile.builder().increment(BigDecimal.ZERO).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("increment must be positive");
        assertThatThrownBy(() -> GuidelineProfile.builder().travelRatePercent(BigDecimal.valueOf(101)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("travelRatePercent");
        assertThatThrownBy(() -> GuidelineProfile.builder().clericalPhrases(List.of("!!")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("clericalPhrases");
    }

    @Test
    void matterContextRejectsHistoryInAnotherCurrencyThanTheBudget() {
        assertThatThrownBy(() -> MatterContext.litigation().withBudget(TEN_DOLLARS)
                .withHistory(Money.of("5.00", "EUR"), BigDecimal.ZERO))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> MatterContext.litigation().withHistory(null, new BigDecimal("-1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("priorResearchHours");
    }
}
