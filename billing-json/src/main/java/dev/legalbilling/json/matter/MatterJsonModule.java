package dev.legalbilling.json.matter;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.BillingIncrement;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.FlatFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.fee.HybridFee;
import dev.legalbilling.fee.SuccessFee;
import dev.legalbilling.json.BillingJsonModule;
import dev.legalbilling.json.matter.internal.ArrangementJson;
import dev.legalbilling.json.matter.internal.ChargeJson;
import dev.legalbilling.json.matter.internal.DocumentCurrency;
import dev.legalbilling.json.matter.internal.IncrementJson;
import dev.legalbilling.json.matter.internal.PercentageJson;
import dev.legalbilling.json.matter.internal.RateJson;
import dev.legalbilling.json.matter.internal.SuccessFeeJson;
import dev.legalbilling.json.matter.internal.TierJson;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.rate.RateLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * Jackson module for fee arrangements and their parts, in the shapes matter files use (see
 * {@code docs/invoice-files.md}), so that billing-core types carry no annotations.
 *
 * <ul>
 *   <li>{@link FeeArrangement} (and each of its records): an object with {@code type} ({@code hourly}, {@code flat},
 *       {@code contingency}, {@code custom}, {@code hybrid}) and that model's keys; keys of another model are refused;
 *   <li>{@link RateCard}: a list of {@link Rate}s, each
 *       {@code {level, timekeeper | classification, effectiveFrom, hourlyRate}};
 *   <li>{@link TieredSchedule}: one percentage ({@code "1/3"}) or a list of {@link Tier}s {@code {upTo, rate}};
 *   <li>{@link Fraction}: {@code "40%"}, {@code "33.5%"} or a fraction of one, {@code "1/3"}; bare numbers are
 *       refused so that 0.4 is never taken for 40 %;
 *   <li>{@link BillingIncrement}: {@code {hours: "0.1", direction: UP}}; {@link FlatFee.Charge}:
 *       {@code {due, amount, taskCode}}; {@link SuccessFee}: {@code {shareOfRecovery}} or {@code {fixedBonus}}.
 * </ul>
 *
 * <p><b>Amounts</b> (rates, bounds, caps, charges) are plain decimals in the <em>document currency</em>, which the
 * reader must be given with {@link #inCurrency(ObjectReader, Currency)}: reading an amount without it fails with a
 * message saying so. A writer given a currency with {@link #inCurrency(ObjectWriter, Currency)} refuses amounts in
 * another currency ({@code CurrencyMismatchException}); without one, amounts are written without their currency.
 * Amounts are written as decimal strings. Enum values (levels, directions, stages, bases, rounding modes) are read
 * ignoring case.
 *
 * <p>A failure to convert a value names the key path and the line where the offending object starts; with
 * {@code BillingJson.translate} it becomes a {@code JsonInputException}. The module depends on
 * {@link BillingJsonModule} (ids as strings) and {@code JavaTimeModule} (dates), which Jackson registers with it;
 * dates are written as ISO text when the mapper disables {@code WRITE_DATES_AS_TIMESTAMPS}, as
 * {@code BillingJson.configure} does. Thread-safe once registered.
 */
public final class MatterJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public MatterJsonModule() {
        super("legal-billing-matter", Version.unknownVersion());
        addSerializer(Fraction.class, new PercentageJson.Serializer());
        addDeserializer(Fraction.class, new PercentageJson.Deserializer());
        addSerializer(BillingIncrement.class, new IncrementJson.Serializer());
        addDeserializer(BillingIncrement.class, new IncrementJson.Deserializer());
        addSerializer(Rate.class, new RateJson.Serializer());
        addDeserializer(Rate.class, new RateJson.Deserializer());
        addSerializer(RateCard.class, new RateJson.CardSerializer());
        addDeserializer(RateCard.class, new RateJson.CardDeserializer());
        addSerializer(Tier.class, new TierJson.Serializer());
        addDeserializer(Tier.class, new TierJson.Deserializer());
        addSerializer(TieredSchedule.class, new TierJson.ScheduleSerializer());
        addDeserializer(TieredSchedule.class, new TierJson.ScheduleDeserializer());
        addSerializer(FlatFee.Charge.class, new ChargeJson.Serializer());
        addDeserializer(FlatFee.Charge.class, new ChargeJson.Deserializer());
        addSerializer(SuccessFee.class, new SuccessFeeJson.Serializer());
        addDeserializer(SuccessFee.class, new SuccessFeeJson.Deserializer());
        addSerializer(FeeArrangement.class, new ArrangementJson.Serializer());
        addDeserializer(FeeArrangement.class, new ArrangementJson.Deserializer<>(FeeArrangement.class));
        addDeserializer(HourlyFee.class, new ArrangementJson.Deserializer<>(HourlyFee.class));
        addDeserializer(FlatFee.class, new ArrangementJson.Deserializer<>(FlatFee.class));
        addDeserializer(ContingencyFee.class, new ArrangementJson.Deserializer<>(ContingencyFee.class));
        addDeserializer(CustomRates.class, new ArrangementJson.Deserializer<>(CustomRates.class));
        addDeserializer(HybridFee.class, new ArrangementJson.Deserializer<>(HybridFee.class));
    }

    /**
     * @param reader a reader of a mapper with this module
     * @param currency the currency of every amount the document holds
     * @return the reader with the document currency set
     */
    public static ObjectReader inCurrency(ObjectReader reader, Currency currency) {
        return reader.withAttribute(DocumentCurrency.CURRENCY, currency);
    }

    /**
     * @param writer a writer of a mapper with this module
     * @param currency the currency every amount written must be in
     * @return the writer with the document currency set
     */
    public static ObjectWriter inCurrency(ObjectWriter writer, Currency currency) {
        return writer.withAttribute(DocumentCurrency.CURRENCY, currency);
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new BillingJsonModule(), new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        JsonFormat.Value caseInsensitive = JsonFormat.Value.empty()
                .withFeature(JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES);
        for (Class<?> e : List.of(RateLevel.class, BillingIncrement.Direction.class, Basis.class,
                Stage.class, RoundingMode.class)) {
            context.configOverride(e).setFormat(caseInsensitive);
        }
    }
}
