package dev.legalbilling.ledes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.ledes.LedesDialect;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast number and date parsing agrees with the plain {@link BigDecimal} and {@link LocalDate} readings. */
class ValuesTest {
    @Test
    void readsNumbersWithTheScaleAsWritten() {
        assertThat(Values.number("1250.")).isEqualTo(new BigDecimal("1250"));
        assertThat(Values.number(".5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(Values.number("-.5")).isEqualTo(new BigDecimal("-0.5"));
        assertThat(Values.number("0.200")).isEqualTo(new BigDecimal("0.200"));
        assertThat(Values.number("-0.00")).isEqualTo(new BigDecimal("0.00"));
        assertThat(Values.number("123456789012345678")).isEqualTo(new BigDecimal("123456789012345678"));
        assertThat(Values.number("1234567890123456789.25")).isEqualTo(new BigDecimal("1234567890123456789.25"));
        assertThat(Values.number("99999999999999999999")).isEqualTo(new BigDecimal("99999999999999999999"));
    }

    @Test
    void rejectsWhatIsNotALedesNumber() {
        for (String text : new String[] {"", "-", ".", "-.", "+1", "1,250", "$5", "1e3", " 5", "5 ", "1.2.3", "--1",
            "1-"}) {
            assertThat(Values.number(text)).as(text).isNull();
        }
        assertThat(Values.number("1".repeat(Values.MAX_NUMBER_LENGTH + 1))).isNull();
    }

    @Property
    void numberAgreesWithBigDecimal(@ForAll("numberTexts") String text) {
        assertThat(Values.number(text)).isEqualTo(reference(text));
    }

    @Property
    void decimalsAreTheStrippedScale(@ForAll("numberTexts") String text) {
        BigDecimal n = reference(text);
        if (n != null) {
            assertThat(Values.decimals(text)).isEqualTo(Math.max(n.stripTrailingZeros().scale(), 0));
        }
    }

    @Property
    void fitsAgreesWithStrippedDigits(@ForAll("numberTexts") String text) {
        BigDecimal n = reference(text);
        if (n == null) {
            return;
        }
        for (LedesDialect.Digits d : new LedesDialect.Digits[] {new LedesDialect.Digits(10, 4),
            new LedesDialect.Digits(14, 2), new LedesDialect.Digits(6, 0), new LedesDialect.Digits(3, 3)}) {
            BigDecimal abs = n.abs().stripTrailingZeros();
            int integerDigits = abs.signum() == 0 ? 0 : Math.max(abs.precision() - abs.scale(), 0);
            boolean expected = Math.max(abs.scale(), 0) <= d.scale() && integerDigits <= d.precision() - d.scale();
            assertThat(Values.fits(n, d)).as(text + " in " + d).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return Arbitraries.strings().withChars("0123456789.-").ofMinLength(0).ofMaxLength(24)
                .edgeCases(c -> c.add("0").add("0.0").add("100.").add("-0").add(".000"));
    }

    @Test
    void readsRealDatesOnly() {
        assertThat(Values.date("20240229")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Values.date("00000101")).isEqualTo(LocalDate.of(0, 1, 1));
        for (String text : new String[] {"20230229", "20241301", "20240100", "20240132", "20240431", "2024011",
            "202401011", "2024-1-01", "2024O101"}) {
            assertThat(Values.date(text)).as(text).isNull();
        }
    }

    @Property
    void dateAgreesWithLocalDate(@ForAll("dateTexts") String text) {
        assertThat(Values.date(text)).isEqualTo(referenceDate(text));
    }

    @Provide
    Arbitrary<String> dateTexts() {
        return Arbitraries.strings().numeric().ofLength(8);
    }

    /** The reading before the fast path: validate, then {@code new BigDecimal}. */
    private static BigDecimal reference(String text) {
        int n = text.length();
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        int dots = 0;
        for (int j = i; j < n; j++) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                dots++;
            } else {
                return null;
            }
        }
        if (digits == 0 || dots > 1) {
            return null;
        }
        String plain = text.endsWith(".") ? text.substring(0, n - 1) : text;
        return new BigDecimal(plain.startsWith("-.") ? "-0" + plain.substring(1) : plain.startsWith(".") ? "0" + plain
                : plain);
    }

    private static LocalDate referenceDate(String text) {
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
