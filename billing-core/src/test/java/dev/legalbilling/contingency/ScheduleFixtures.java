package dev.legalbilling.contingency;

import dev.legalbilling.money.Money;
import java.time.LocalDate;

/** Named fixtures for schedule tests. */
final class ScheduleFixtures {
    /** A date on which every built-in schedule's latest version is in effect. */
    static final LocalDate ON_2025_01_15 = LocalDate.of(2025, 1, 15);

    private ScheduleFixtures() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** A query for a gross recovery on {@link #ON_2025_01_15}, no costs, default basis, no stage, adult client. */
    static FeeQuery query(String recovery) {
        return FeeQuery.of(usd(recovery), ON_2025_01_15);
    }

    static Money fee(String scheduleId, FeeQuery query) {
        return ContingencySchedules.byId(scheduleId).maximumFee(query).fee();
    }
}
