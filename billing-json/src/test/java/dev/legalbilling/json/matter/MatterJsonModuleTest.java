package dev.legalbilling.json.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.FlatFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MatterJsonModuleTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private final ObjectMapper mapper = JsonMapper.builder().addModule(new MatterJsonModule()).build();

    @Test
    void readsAnArrangementOnAPlainMapperGivenTheDocumentCurrency() throws Exception {
        FeeArrangement read = MatterJsonModule.inCurrency(mapper.readerFor(FeeArrangement.class), EUR)
                .readValue("{\"type\": \"HOURLY\", \"rateCard\": [{\"level\": \"client_classification\","
                        + " \"classification\": \"PARTNR\", \"effectiveFrom\": \"2026-01-01\", \"hourlyRate\": 380}]}");
        HourlyFee hourly = (HourlyFee) read;
        assertThat(hourly.rates().rates()).containsExactly(Rate.negotiated(TimekeeperClassification.PARTNR,
                LocalDate.of(2026, 1, 1), UnitPrice.of("380", "EUR")));
    }

    @Test
    void saysWhenTheReaderWasNotGivenACurrency() {
        assertThatThrownBy(() -> mapper.readValue("{\"type\": \"flat\", \"charges\": [{\"due\": \"2026-03-31\","
                + " \"amount\": \"100.00\"}]}", FeeArrangement.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("MatterJsonModule.inCurrency");
    }

    @Test
    void writesAmountsAsDecimalStringsAndPercentagesExactly() throws Exception {
        String json = MatterJsonModule.inCurrency(mapper.writer(), USD).writeValueAsString(
                TieredSchedule.builder().upTo(Money.of("1000", "USD"), Fraction.of(1, 3))
                        .above(Fraction.percent("12.5")));
        assertThat(json).isEqualTo("[{\"upTo\":\"1000.00\",\"rate\":\"1/3\"},{\"rate\":\"12.5%\"}]");
    }

    @Test
    void writesAOneBandScheduleAsItsPercentage() throws Exception {
        assertThat(mapper.writeValueAsString(TieredSchedule.flat(Fraction.of(1, 3)))).isEqualTo("\"1/3\"");
    }

    @Test
    void refusesToWriteAnAmountInAnotherCurrencyThanTheDocuments() {
        FlatFee fee = FlatFee.wholeMatter(LocalDate.of(2026, 3, 31), Money.of("100.00", "EUR"));
        assertThatThrownBy(() -> MatterJsonModule.inCurrency(mapper.writer(), USD).writeValueAsString(fee))
                .hasRootCauseInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesAnArrangementOfAnotherModelWhenAModelIsAskedFor() {
        assertThatThrownBy(() -> MatterJsonModule.inCurrency(mapper.readerFor(HourlyFee.class), USD)
                .readValue("{\"type\": \"flat\", \"charges\": [{\"due\": \"2026-03-31\", \"amount\": \"1.00\"}]}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("must give a HourlyFee");
    }

    @Test
    void readsARateCardOnItsOwnAndRefusesADuplicateRate() {
        String rate = "{\"level\": \"CLASSIFICATION_DEFAULT\", \"classification\": \"ASSOC\","
                + " \"effectiveFrom\": \"2026-01-01\", \"hourlyRate\": \"300\"}";
        assertThatThrownBy(() -> MatterJsonModule.inCurrency(mapper.readerFor(RateCard.class), USD)
                .readValue("[" + rate + ", " + rate + "]"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("is given twice");
    }

    @Test
    void readsPercentagesAsTextOnly() throws Exception {
        assertThat(mapper.readValue("\"33.5%\"", Fraction.class)).isEqualTo(Fraction.percent("33.5"));
        assertThat(mapper.readValue("\"2/3\"", Fraction.class)).isEqualTo(Fraction.of(2, 3));
        assertThatThrownBy(() -> mapper.readValue("40", Fraction.class))
                .hasMessageContaining("a percentage must be text with a % sign");
        assertThatThrownBy(() -> mapper.readValue("\"120%\"", Fraction.class))
                .hasMessageContaining("between 0 % and 100 %");
    }
}
