package dev.legalbilling.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkTest {
    private static final MatterId MATTER = MatterId.of("0528");
    private static final TimekeeperId PARTNER = TimekeeperId.of("22547");
    private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    private static TimeEntry.Builder entry(String hours) {
        return TimeEntry.builder(MATTER, PARTNER, JAN_15, hours).narrative("Draft motion to compel")
                .codes("L350", "A103");
    }

    @Test
    void acceptsAnOrdinaryEntryAndNormalisesCodes() {
        TimeEntry e = entry("1.5").codes("l350", "a103").build();
        assertThat(e.taskCode()).isEqualTo("L350");
        assertThat(e.activityCode()).isEqualTo("A103");
        assertThat(e.billable()).isTrue();
    }

    @Test
    void rejectsNegativeHours() {
        assertThatThrownBy(() -> entry("-0.1").build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("hours must be between 0 and 24, was '-0.1'");
    }

    @Test
    void rejectsMoreThanADayInOneEntry() {
        assertThatThrownBy(() -> entry("24.1").build()).hasMessageContaining("hours").hasMessageContaining("24.1");
        assertThat(entry("24").build().hours()).isEqualByComparingTo("24");
    }

    @Test
    void rejectsUnknownCodesNamingTheField() {
        assertThatThrownBy(() -> entry("1").codes("L999", "A103").build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("taskCode");
                    assertThat(e.value()).isEqualTo("L999");
                });
        assertThatThrownBy(() -> entry("1").codes("L350", "A112").build())
                .hasMessageContaining("activityCode").hasMessageContaining("A112");
        assertThatThrownBy(() -> entry("1").codes("L100", "A101").build())
                .as("a litigation phase with tasks is not billable").hasMessageContaining("L100");
    }

    @Test
    void keepsNarrativeOutOfToString() {
        assertThat(entry("1").build().toString()).doesNotContain("motion to compel").contains("L350");
    }

    @Test
    void pricesAnExpenseOnce() {
        Expense copies = Expense.of(MATTER, JAN_15, "e101", "333", UnitPrice.of("0.075", "USD"), "Copies",
                Receipt.MISSING);
        assertThat(copies.expenseCode()).isEqualTo("E101");
        assertThat(copies.amount(RoundingMode.HALF_UP)).isEqualTo(Money.of("24.98", "USD"));
        assertThat(copies.amount(RoundingMode.DOWN)).isEqualTo(Money.of("24.97", "USD"));
    }

    @Test
    void rejectsUnknownExpenseCode() {
        assertThatThrownBy(() -> Expense.of(MATTER, JAN_15, "E125", "1", UnitPrice.of("1", "USD"), "x", null))
                .hasMessageContaining("expenseCode").hasMessageContaining("E125");
    }
}
