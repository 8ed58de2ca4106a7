package dev.legalbilling.ledes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Splitting a row with the previous row's fields (each tried where the row continues with it) gives the fields a
 * plain split on {@code |} gives, and a field written as on the previous row is that row's string.
 */
class FileParserSplitTest {
    private static final Pattern BAR = Pattern.compile("\\|");

    /** A row, where its fields end, and the row before it. */
    record Rows(String text, int end, String previous) {
    }

    @Property(tries = 2000)
    void splitsAsAPlainSplitAndSharesEqualFields(@ForAll("rows") Rows rows) {
        String[] previous = rows.previous() == null ? null : BAR.split(rows.previous(), -1);

        String[] fields = FileParser.split(rows.text(), rows.end(), 24, previous);

        assertThat(fields).containsExactly(BAR.split(rows.text().substring(0, rows.end()), -1));
        for (int i = 0; previous != null && i < Math.min(fields.length, previous.length); i++) {
            if (fields[i].equals(previous[i])) {
                assertThat(fields[i]).isSameAs(previous[i]);
            }
        }
    }

    @Test
    void readsAFieldThatOnlyStartsAsOnThePreviousRow() {
        String[] previous = {"20240205", "INV-1", "January"};

        String[] fields = FileParser.split("20240205|INV-12|January services|x[]", 34, 3, previous);

        assertThat(fields).containsExactly("20240205", "INV-12", "January services", "x");
        assertThat(fields[0]).isSameAs(previous[0]);
    }

    @Test
    void readsAnEmptyLastFieldAfterARepeatedOne() {
        String[] fields = FileParser.split("a|b|", 4, 2, new String[] {"a", "b"});

        assertThat(fields).containsExactly("a", "b", "");
    }

    @Provide
    Arbitrary<Rows> rows() {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of("", "a", "ab", "abc", "20240205", "INV-1", "F"),
                Arbitraries.strings().withChars("ab[] ").ofMaxLength(6));
        Arbitrary<String> row = field.list().ofMinSize(1).ofMaxSize(8).map(f -> String.join("|", f));
        Arbitrary<String> previous = Arbitraries.oneOf(row, Arbitraries.just(null));
        return Combinators.combine(row, previous, Arbitraries.of("", "[]", "|[]", "x")).as((text, before, tail) -> {
            String line = text + tail;
            int end = tail.equals("x") ? line.length() : text.length() + (tail.equals("|[]") ? 1 : 0);
            return new Rows(line, end, before);
        });
    }

    @Property(tries = 1000)
    void splitsARowLikeThePreviousOne(@ForAll("similar") String[] pair) {
        String[] previous = BAR.split(pair[1], -1);

        String[] fields = FileParser.split(pair[0], pair[0].length(), 24, previous);

        assertThat(fields).containsExactly(BAR.split(pair[0], -1));
        for (int i = 0; i < Math.min(fields.length, previous.length); i++) {
            if (fields[i].equals(previous[i])) {
                assertThat(fields[i]).isSameAs(previous[i]);
            }
        }
    }

    /** A row and the previous one: the same fields, one of them changed, added or removed. */
    @Provide
    Arbitrary<String[]> similar() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ").ofMaxLength(4);
        return Combinators.combine(field.list().ofMinSize(1).ofMaxSize(8), field, Arbitraries.integers().between(0, 8),
                Arbitraries.of("change", "add", "remove")).as((fields, other, at, how) -> {
                    java.util.List<String> changed = new java.util.ArrayList<>(fields);
                    int i = Math.min(at, changed.size() - 1);
                    switch (how) {
                        case "change" -> changed.set(i, other);
                        case "add" -> changed.add(i, other);
                        default -> {
                            if (changed.size() > 1) {
                                changed.remove(i);
                            }
                        }
                    }
                    return new String[] {String.join("|", changed), String.join("|", fields)};
                });
    }
}
