package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moves problems found in the DRL generated from a decision table to the table's own cells, so an author reads
 * {@code caps.drl.xlsx:Sheet1!C7: ...} (or, in a CSV table, {@code caps.drl.csv:7:3: ...}, row and column) rather
 * than a line of text they never wrote; and recognises a CSV file given where DRL is expected. Stateless.
 */
final class TableLocations {
    private static final Pattern DRL_KEYWORD =
            Pattern.compile("(?m)^\\s*(rule|package|import|declare|function|query|end)\\b");

    private TableLocations() {
    }

    static List<Problem> relocate(RuleSetContent content, List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            SourceFile table = content.drlFiles().stream()
                    .filter(f -> f.table() != null && f.name().equals(p.path())).findFirst().orElse(null);
            if (table == null || !p.cell().isEmpty() || p.kind().equals("TABLE")) {
                out.add(p);
                continue;
            }
            int line = Math.max(p.line(), 1);
            int[] at = table.table().cellOf(line);
            String sheet = table.table().sheet();
            out.add(new Problem(p.ruleSetId(), p.path(), at[0], at[1], p.kind(), p.message()
                    + " (line " + line + " of the DRL generated from the table)",
                    sheet == null ? "" : sheet + "!" + DecisionTable.columnName(at[1]) + at[0]));
        }
        return out;
    }

    /**
     * @param text a file given as DRL
     * @return true when it reads as comma-separated values and has none of DRL's keywords at the start of a line
     */
    static boolean looksLikeCsv(String text) {
        if (DRL_KEYWORD.matcher(text).find()) {
            return false;
        }
        int lines = 0;
        int withCommas = 0;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("//") || l.startsWith("#")) {
                continue;
            }
            lines++;
            if (l.indexOf(',') >= 0) {
                withCommas++;
            }
        }
        return lines >= 2 && withCommas * 2 > lines;
    }
}
