package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** expense-markup.drl: ETH-EXPENSE-MARKUP, with actual costs from the ethics context. */
@EthicsRuleTest
class ExpenseMarkupTest {
    private static final String RULE = "ETH-EXPENSE-MARKUP";
    private static final InvoiceNumber NUMBER = InvoiceNumber.of("INV-E1");
    /** Line 2: 4 courier runs at 25.00 = 100.00. */
    private static final Invoice COURIER = invoice("INV-E1").fee(PARTNER, MONDAY, "1")
            .expense(MONDAY, "4", "25.00", "E107").build();

    private static ComplianceReport checkCost(String actual, boolean disclosed) {
        return check(COURIER, null, EthicsContext.builder()
                .expenseCost(new ExpenseCost(NUMBER, "2", usd(actual), disclosed)).build());
    }

    @Test
    @Fires(RULE)
    void capsAnUndisclosedMarkUpAtTheActualCost() {
        ComplianceReport report = checkCost("62.00", false);
        Finding f = assertFires(report, RULE).get(0);
        assertThat(f.message()).isEqualTo("Expense line 2 (E107) bills USD 100.00 for items that cost 62.00, a mark-up"
                + " of 38.00 that was not disclosed to the client.");
        assertThat(f.lineItemNumber()).isEqualTo("2");
        assertThat(f.action()).isEqualTo(Action.ADJUST);
        assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("62.00")));
        assertThat(f.amountAtStake()).isEqualTo(usd("38.00"));
        assertThat(report.applyTo(COURIER).total()).isEqualTo(COURIER.total().minus(usd("38.00")));
    }

    @Test
    @Fires(RULE)
    void takesTheActualCostFromTheRecordedExpense() {
        Expense courier = new Expense(ACME_MATTER, MONDAY, "E107", new BigDecimal("4"), UnitPrice.of("25.00", "USD"),
                "Courier", Receipt.ATTACHED, null, new BigDecimal("99.99"));
        ComplianceReport report = check(COURIER, null, EthicsContext.builder()
                .expenseCost(ExpenseCost.of(NUMBER, "2", courier, false)).build());
        assertThat(assertFires(report, RULE).get(0).adjustment()).isEqualTo(new Adjustment.CapAmount(usd("99.99")));
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsAnExpenseBilledAtCost() {
        assertQuiet(checkCost("100.00", false), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsADisclosedMarkUp() {
        assertQuiet(checkCost("62.00", true), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void toleratesWhatTheProfileAllows() {
        GuidelineProfile rounding = GuidelineProfile.builder("rounding")
                .parameter(RULE, "tolerance", ParameterValue.money(new BigDecimal("0.50"))).build();
        assertQuiet(check(COURIER, null, EthicsContext.builder()
                .expenseCost(new ExpenseCost(NUMBER, "2", usd("99.50"), false)).build(), rounding), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void ignoresCostsOfOtherInvoices() {
        assertQuiet(check(COURIER, null, EthicsContext.builder()
                .expenseCost(new ExpenseCost(InvoiceNumber.of("INV-E0"), "2", usd("1.00"), false)).build()), RULE);
    }

    @Test
    void refusesACostForALineThatIsNotAnExpense() {
        EthicsContext onFee = EthicsContext.builder().expenseCost(new ExpenseCost(NUMBER, "1", usd("1"), false))
                .build();
        assertThatThrownBy(() -> check(COURIER, null, onFee)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is a F line of invoice INV-E1, not an expense");
        EthicsContext missing = EthicsContext.builder().expenseCost(new ExpenseCost(NUMBER, "9", usd("1"), false))
                .build();
        assertThatThrownBy(() -> check(COURIER, null, missing)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("9").hasMessageContaining("is not a line of invoice INV-E1");
    }

    @Test
    void needsARecordedActualCost() {
        Expense unknownCost = Expense.of(ACME_MATTER, MONDAY, "E107", "4", UnitPrice.of("25.00", "USD"), "Courier",
                Receipt.ATTACHED);
        assertThatThrownBy(() -> ExpenseCost.of(NUMBER, "2", unknownCost, false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("actualCost");
    }
}
