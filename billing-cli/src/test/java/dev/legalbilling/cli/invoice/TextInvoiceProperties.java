package dev.legalbilling.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The text layout's helpers: wrapping keeps every word and respects the width; amounts print exactly. */
class TextInvoiceProperties {

    @Property
    void wrappingKeepsEveryWordInOrderWithinTheWidth(@ForAll("sentences") String text,
            @ForAll @IntRange(min = 10, max = 90) int width) {
        List<String> lines = TextInvoice.wrap(text, width);
        assertThat(String.join(" ", lines).split(" ")).containsExactly(text.strip().split("\\s+"));
        assertThat(lines).allSatisfy(l -> assertThat(l.length() <= width || !l.contains(" ")).isTrue());
    }

    @Property
    void amountsPrintWithSeparatorsAndNoRounding(@ForAll("amounts") BigDecimal amount) {
        String printed = TextInvoice.number(amount);
        assertThat(new BigDecimal(printed.replace(",", ""))).isEqualTo(amount);
    }

    @Example
    void amountsPrintAtTheirOwnScale() {
        assertThat(TextInvoice.number(new BigDecimal("1234567.50"))).isEqualTo("1,234,567.50");
        assertThat(TextInvoice.number(new BigDecimal("1200"))).isEqualTo("1,200");
        assertThat(TextInvoice.number(new BigDecimal("-0.0750"))).isEqualTo("-0.0750");
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30).list().ofMinSize(1)
                .ofMaxSize(25).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-99999999"), new BigDecimal("99999999"))
                .ofScale(2);
    }
}
