package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * DUPLICATE_LINE_NUMBER compares LINE_ITEM_NUMBER texts as written: plain whole numbers (looked up by value) and any
 * other text (looked up as text) give the issues a plain map of texts gives, on the same lines with the same
 * messages.
 */
class LedesLineNumberProperties {
    @Property(tries = 300)
    void reportsEveryRepeatedLineNumberAsAMapOfTextsWould(@ForAll("lineNumbers") List<String> numbers) {
        LedesFixtures.Row[] rows = numbers.stream().map(n -> fee(n)).toArray(LedesFixtures.Row[]::new);

        LedesFileResult result = read(file(rows));

        List<String> expected = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            int line = i + 3;
            Integer earlier = firstLine.putIfAbsent(numbers.get(i), line);
            if (earlier != null) {
                expected.add(line + ": LINE_ITEM_NUMBER '" + numbers.get(i) + "' is also used on line " + earlier);
            }
        }
        assertThat(result.allIssues()).filteredOn(i -> i.code() == LedesErrorCode.DUPLICATE_LINE_NUMBER)
                .extracting(i -> i.line() + ": " + i.message()).containsExactlyElementsOf(expected);
        assertThat(result.allIssues()).extracting(LedesIssue::code)
                .allMatch(code -> code == LedesErrorCode.DUPLICATE_LINE_NUMBER);
        assertThat(result.invoices().get(0).invoice().isPresent()).isEqualTo(expected.isEmpty());
    }

    @Provide
    Arbitrary<List<String>> lineNumbers() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 80).map(String::valueOf),
                Arbitraries.of("0", "00", "01", "007", "7", "1.0", "1A", "A1", "-1", "999999999", "1000000000",
                        "2147483648", "99999999999", "12345678901234567890"),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(12));
        return number.list().ofMinSize(1).ofMaxSize(60);
    }
}
