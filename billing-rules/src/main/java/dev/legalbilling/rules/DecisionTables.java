package dev.legalbilling.rules;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.DecisionTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Drools decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}) as rule files. A table in a rule-set directory (or
 * given as a {@link RuleSetSource#file(Path) file}) is turned into DRL text and that text is checked and compiled
 * exactly as a hand-written DRL file is: the text scan, the executable model and the bytecode gate. Problems point
 * at the table's cells ({@code caps.drl.xlsx:Sheet1!C7: ...}; in a CSV table, {@code caps.drl.csv:7:3: ...} with the
 * row and column). This class shows the generated DRL, for authors. Stateless; thread-safe.
 */
public final class DecisionTables {
    private DecisionTables() {
    }

    /**
     * @param fileName a file name
     * @return whether it names a decision table ({@code .drl.csv} or {@code .drl.xlsx})
     */
    public static boolean isDecisionTable(String fileName) {
        return DecisionTable.formatOf(Objects.requireNonNull(fileName, "fileName")) != null;
    }

    /**
     * @param table a decision table file ({@code .drl.csv} or {@code .drl.xlsx}), at most 1 MiB
     * @return the DRL text Drools generates from it (nothing is compiled)
     * @throws RuleSetLoadException when the table cannot be read or turned into DRL, naming the cell
     * @throws IllegalArgumentException when the file is not named as a decision table
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String toDrl(Path table) {
        String name = table.getFileName().toString();
        DecisionTable.Format format = DecisionTable.formatOf(name);
        if (format == null) {
            throw new IllegalArgumentException(table + " is not a decision table (.drl.csv or .drl.xlsx)");
        }
        byte[] bytes;
        try {
            if (Files.size(table) > DecisionTable.MAX_TABLE_BYTES) {
                throw new RuleSetLoadException(List.of(new Problem(name, name, 0, 0, "TABLE", "has "
                        + Files.size(table) + " bytes; no decision table larger than " + DecisionTable.MAX_TABLE_BYTES
                        + " bytes is read")));
            }
            bytes = Files.readAllBytes(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DecisionTable.Result result = DecisionTable.toDrl(format, bytes);
        if (result.failure() != null) {
            DecisionTable.Failure f = result.failure();
            throw new RuleSetLoadException(List.of(new Problem(name, name, f.row(), f.column(), "TABLE", f.message(),
                    result.sheet() == null || f.row() == 0 ? "" : result.sheet() + "!"
                            + DecisionTable.columnName(f.column()) + f.row())));
        }
        return result.drl();
    }
}
