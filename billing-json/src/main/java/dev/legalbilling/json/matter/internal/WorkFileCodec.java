package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads and writes {@link WorkFile}s in JSON, YAML or CSV. Stateless and thread-safe. Not API. */
public final class WorkFileCodec {
    private WorkFileCodec() {
    }

    /**
     * @param matter the matter file the work belongs to
     * @return what the work's entries are checked against
     */
    public static WorkScope scopeOf(MatterFile matter) {
        Matter m = matter.matter();
        return new WorkScope(m.id(), m.currency(), m.codeSet(),
                new LinkedHashSet<>(matter.timekeepers().stream().map(Timekeeper::id).toList()));
    }

    /**
     * @param source the file's name, which gives its syntax
     * @param bytes its content
     * @param matter the matter file the work belongs to
     * @return the work
     * @throws JsonInputException naming file, line and key, when anything is invalid
     */
    public static WorkFile read(String source, byte[] bytes, MatterFile matter) {
        Syntax syntax = Syntax.of(source, true);
        WorkScope scope = scopeOf(matter);
        if (syntax == Syntax.CSV) {
            Errors.requireContent(source, bytes);
            return WorkCsv.read(source, bytes, scope);
        }
        ObjectMapper mapper = Mappers.of(syntax);
        WorkFileJson read = Errors.read(source, bytes, () -> mapper.readerFor(WorkFileJson.class)
                .withAttribute(DocumentCurrency.CURRENCY, scope.currency())
                .withAttribute(WorkScope.ATTRIBUTE, scope)
                .readValue(bytes));
        return new WorkFile(listOf(source, "timeEntries", read.timeEntries()),
                listOf(source, "expenses", read.expenses()), listOf(source, "recoveries", read.recoveries()));
    }

    private static <T> List<T> listOf(String source, String key, List<T> items) {
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new JsonInputException(source, key + "[" + i + "]", 0, 0, "must not be null");
            }
        }
        return items;
    }

    /**
     * @param work the work
     * @param fileName the name of the file to write, which gives the syntax
     * @param matter the matter file the work belongs to
     * @return the file's text
     * @throws InvalidValueException when an item belongs to another matter
     * @throws CurrencyMismatchException when an amount is not in the matter's currency
     */
    public static String write(WorkFile work, String fileName, MatterFile matter) {
        Matter m = matter.matter();
        for (TimeEntry e : work.time()) {
            requireMatter(m, e.matter());
        }
        for (Expense x : work.expenses()) {
            requireMatter(m, x.matter());
            if (!x.unitCost().currency().equals(m.currency())) {
                throw new CurrencyMismatchException(m.currency(), x.unitCost().currency());
            }
        }
        for (Recovery r : work.recoveries()) {
            if (!r.amount().currency().equals(m.currency())) {
                throw new CurrencyMismatchException(m.currency(), r.amount().currency());
            }
        }
        Syntax syntax = Syntax.of(fileName, true);
        if (syntax == Syntax.CSV) {
            return WorkCsv.write(work);
        }
        WorkFileJson shape = new WorkFileJson(work.time().isEmpty() ? null : work.time(),
                work.expenses().isEmpty() ? null : work.expenses(),
                work.recoveries().isEmpty() ? null : work.recoveries());
        try {
            String text = Mappers.of(syntax).writer().withAttribute(DocumentCurrency.CURRENCY, m.currency())
                    .writeValueAsString(shape);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw MatterFileCodec.unwrap(e);
        }
    }

    private static void requireMatter(Matter matter, Object other) {
        if (!matter.id().equals(other)) {
            throw new InvalidValueException("matter", other, "is not the matter file's matter " + matter.id());
        }
    }
}
