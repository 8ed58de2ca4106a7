package dev.legalbilling.samples;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.ClosingStatement;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredSchedule;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * For a contingency practice: the closing statement of a settled personal-injury matter (ABA Model Rule 1.5(c)
 * asks for one in writing), under a tiered schedule in the style of New York's Schedule A (22 NYCRR 603.7(e)):
 * 50 % of the first USD 1,000, 40 % of the next 2,000, 35 % of the next 22,000 and 25 % of the rest, computed on the
 * recovery net of costs. Every tier is shown, so the client can follow the arithmetic.
 */
public final class ContingencyClosingSample {
    /** New York Schedule A style: each rate applies to its band only. */
    static final TieredSchedule SCHEDULE_A = TieredSchedule.builder()
            .upTo(Money.of("1000", "USD"), Fraction.percent("50"))
            .upTo(Money.of("3000", "USD"), Fraction.percent("40"))
            .upTo(Money.of("25000", "USD"), Fraction.percent("35"))
            .above(Fraction.percent("25"));

    private ContingencyClosingSample() {
    }

    /**
     * Prints the closing statement of a USD 250,000 settlement with USD 12,500 of costs.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ContingencyFee agreement = new ContingencyFee(Map.of(Stage.PRE_SUIT, SCHEDULE_A),
                Basis.NET, RoundingMode.HALF_UP);
        Recovery settlement = new Recovery(LocalDate.of(2026, 5, 15), Money.of("250000.00", "USD"),
                Stage.POST_FILING, Money.of("12500.00", "USD"));

        ClosingStatement statement = agreement.closingStatement(settlement);

        System.out.println("Closing statement, matter 2026-0107 (settled)");
        statement.explanation().forEach(System.out::println);
    }
}
