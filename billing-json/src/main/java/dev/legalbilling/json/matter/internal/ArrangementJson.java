package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
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
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.rate.RateCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file shape of a {@link FeeArrangement}: one object whose {@code type} says the model and whose other keys are
 * that model's parameters. Keys another model uses are refused, so a misplaced parameter never goes unnoticed.
 *
 * <table>
 * <caption>Keys by type</caption>
 * <tr><th>type</th><th>keys (defaults)</th></tr>
 * <tr><td>hourly</td><td>rateCard (empty: standard rates), billingIncrement (0.1 h up), rounding (HALF_UP)</td></tr>
 * <tr><td>flat</td><td>charges (required), rounding</td></tr>
 * <tr><td>contingency</td><td>schedules (required, PRE_SUIT at least), basis (required), rounding</td></tr>
 * <tr><td>custom</td><td>the hourly keys, discount (0%), blendedRate, volumeDiscounts, notToExceed</td></tr>
 * <tr><td>hybrid</td><td>the custom keys, successFee (required)</td></tr>
 * </table>
 * Not API.
 *
 * @param type hourly, flat, contingency, custom or hybrid (any case)
 * @param rateCard the rates, for hourly, custom and hybrid
 * @param billingIncrement the billing increment, for hourly, custom and hybrid
 * @param rounding how line totals (and fees) are rounded
 * @param charges the charges of a flat fee
 * @param basis whether a contingency fee is computed net of costs or gross
 * @param schedules the contingency schedule of each stage that has its own
 * @param discount the client discount on fees of custom terms
 * @param blendedRate one hourly rate for everyone, in the document currency
 * @param volumeDiscounts discount shares by band of cumulative fees
 * @param notToExceed the cap on cumulative fees, in the document currency
 * @param successFee the success part of a hybrid fee
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArrangementJson(String type, RateCard rateCard, BillingIncrement billingIncrement, RoundingMode rounding,
        List<FlatFee.Charge> charges, Basis basis, Map<Stage, TieredSchedule> schedules,
        Fraction discount, BigDecimal blendedRate, TieredSchedule volumeDiscounts, BigDecimal notToExceed,
        SuccessFee successFee) {

    private static final Set<String> HOURLY = Set.of("rateCard", "billingIncrement", "rounding");
    private static final Set<String> CUSTOM = union(HOURLY,
            Set.of("discount", "blendedRate", "volumeDiscounts", "notToExceed"));
    private static final Map<String, Set<String>> KEYS = Map.of(
            "hourly", HOURLY,
            "flat", Set.of("charges", "rounding"),
            "contingency", Set.of("schedules", "basis", "rounding"),
            "custom", CUSTOM,
            "hybrid", union(CUSTOM, Set.of("successFee")));
    private static final String TYPES = "hourly, flat, contingency, custom or hybrid";

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    FeeArrangement toArrangement(DeserializationContext ctxt) {
        String kind = KeyedException.required("type", type).strip().toLowerCase(Locale.ROOT);
        Set<String> allowed = KEYS.get(kind);
        if (allowed == null) {
            throw KeyedException.of("type", "'" + type + "' is not a fee arrangement type; expected " + TYPES);
        }
        given().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                throw KeyedException.of(key, "is not a parameter of " + (kind.equals("hourly") ? "an " : "a ")
                        + kind + " arrangement, which takes " + String.join(", ", new TreeSet<>(allowed)));
            }
        });
        RoundingMode r = rounding == null ? RoundingMode.HALF_UP : rounding;
        return switch (kind) {
            case "hourly" -> hourly(r);
            case "flat" -> {
                if (KeyedException.required("charges", charges).isEmpty()) {
                    throw KeyedException.of("charges", "must list at least one charge");
                }
                yield KeyedException.at("rounding", () -> new FlatFee(charges, r));
            }
            case "contingency" -> {
                KeyedException.required("schedules", schedules);
                if (basis == null) {
                    throw KeyedException.of("basis", "is required: the agreement must say whether costs are deducted"
                            + " before the fee is computed (NET) or after (GROSS)");
                }
                yield KeyedException.at("schedules", () -> new ContingencyFee(schedules, basis, r));
            }
            case "custom" -> custom(r, ctxt);
            default -> new HybridFee(custom(r, ctxt), KeyedException.required("successFee", successFee));
        };
    }

    private HourlyFee hourly(RoundingMode r) {
        return KeyedException.at("rounding", () -> new HourlyFee(rateCard == null ? RateCard.empty() : rateCard,
                billingIncrement == null ? BillingIncrement.TENTH_UP : billingIncrement, r));
    }

    private CustomRates custom(RoundingMode r, DeserializationContext ctxt) {
        Currency currency = blendedRate == null && notToExceed == null ? null : DocumentCurrency.currency(ctxt);
        return KeyedException.at("notToExceed", () -> new CustomRates(hourly(r), discount,
                DocumentCurrency.price("blendedRate", blendedRate, currency), volumeDiscounts,
                DocumentCurrency.money("notToExceed", notToExceed, currency)));
    }

    /** @return the parameters given, by key, in declaration order */
    private Map<String, Object> given() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("rateCard", rateCard);
        all.put("billingIncrement", billingIncrement);
        all.put("rounding", rounding);
        all.put("charges", charges);
        all.put("basis", basis);
        all.put("schedules", schedules);
        all.put("discount", discount);
        all.put("blendedRate", blendedRate);
        all.put("volumeDiscounts", volumeDiscounts);
        all.put("notToExceed", notToExceed);
        all.put("successFee", successFee);
        all.values().removeIf(v -> v == null);
        return all;
    }

    static ArrangementJson of(FeeArrangement arrangement, SerializerProvider provider) {
        if (arrangement instanceof HourlyFee h) {
            return hourlyShape("hourly", h, null, null, provider);
        }
        if (arrangement instanceof FlatFee f) {
            return new ArrangementJson("flat", null, null, f.rounding(), f.charges(), null, null, null, null, null,
                    null, null);
        }
        if (arrangement instanceof ContingencyFee c) {
            return new ArrangementJson("contingency", null, null, c.rounding(), null, c.basis(), c.schedules(), null,
                    null, null, null, null);
        }
        if (arrangement instanceof CustomRates c) {
            return hourlyShape("custom", c.hourly(), c, null, provider);
        }
        HybridFee h = (HybridFee) arrangement;
        return hourlyShape("hybrid", h.hourly().hourly(), h.hourly(), h.successFee(), provider);
    }

    /** The shape of an hourly-based arrangement; {@code terms} are the custom terms, or null for plain hourly. */
    private static ArrangementJson hourlyShape(String type, HourlyFee h, CustomRates terms, SuccessFee success,
            SerializerProvider provider) {
        RateCard card = h.rates().rates().isEmpty() ? null : h.rates();
        if (terms == null) {
            return new ArrangementJson(type, card, h.increment(), h.rounding(), null, null, null, null, null, null,
                    null, success);
        }
        return new ArrangementJson(type, card, h.increment(), h.rounding(), null, null, null,
                terms.discount().isZero() ? null : terms.discount(), DocumentCurrency.plain(terms.blendedRate(), provider),
                terms.volumeDiscounts(), DocumentCurrency.plain(terms.notToExceed(), provider), success);
    }

    /**
     * Reads an arrangement of any type, or, when built for a model's class, only of that model.
     *
     * @param <T> the arrangement class read
     */
    public static final class Deserializer<T extends FeeArrangement>
            extends ConvertingDeserializer<ArrangementJson, T> {
        private static final long serialVersionUID = 1L;

        private final Class<T> type;

        /** @param type {@link FeeArrangement} or one of its records */
        public Deserializer(Class<T> type) {
            super(type, ArrangementJson.class);
            this.type = type;
        }

        @Override
        protected T convert(ArrangementJson read, DeserializationContext ctxt) {
            FeeArrangement arrangement = read.toArrangement(ctxt);
            if (!type.isInstance(arrangement)) {
                throw KeyedException.of("type", "must give a " + type.getSimpleName() + ", was '" + read.type() + "'");
            }
            return type.cast(arrangement);
        }
    }

    /** Writes an arrangement of any type. */
    public static final class Serializer extends ShapeSerializer<FeeArrangement> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(FeeArrangement.class);
        }

        @Override
        protected Object shapeOf(FeeArrangement value, SerializerProvider provider) {
            return of(value, provider);
        }
    }
}
