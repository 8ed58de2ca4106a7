package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.util.List;

/**
 * The file shape of a JSON or YAML work file. Every key is optional. Not API.
 *
 * @param timeEntries time entries
 * @param expenses expenses
 * @param recoveries recoveries (contingency and success fees)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkFileJson(List<TimeEntry> timeEntries, List<Expense> expenses, List<Recovery> recoveries) {
}
