package dev.legalbilling.connect;

import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One matter brought in: its matter file, its work file (read against that matter file) and the totals as the
 * system priced them.
 *
 * @param matterFile client, matter, timekeepers who worked on it and the fee arrangement
 * @param work the time entries and expenses
 * @param hours hours of every time entry, billable or not
 * @param timeValue billable hours times the system's rates, each entry rounded once (HALF_UP)
 * @param expenseValue expenses, quantity times unit cost, each rounded once (HALF_UP)
 */
public record ImportedMatter(MatterFile matterFile, WorkFile work, BigDecimal hours, Money timeValue,
        Money expenseValue) {
    /** Validates the record. */
    public ImportedMatter {
        Objects.requireNonNull(matterFile, "matterFile");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(timeValue, "timeValue");
        Objects.requireNonNull(expenseValue, "expenseValue");
    }

    /** @return the matter's id */
    public String matterId() {
        return matterFile.matter().id().value();
    }
}
