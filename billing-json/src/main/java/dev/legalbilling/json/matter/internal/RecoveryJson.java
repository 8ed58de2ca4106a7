package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The file shape of a {@link Recovery}: {@code {date, amount, stage, costs}}, amounts in the matter currency, costs
 * zero when absent. Not API.
 *
 * @param date the day the recovery was received
 * @param amount the gross amount recovered
 * @param stage PRE_SUIT, POST_FILING, TRIAL or APPEAL
 * @param costs case costs reimbursed out of the recovery, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryJson(LocalDate date, BigDecimal amount, Stage stage, BigDecimal costs) {

    /**
     * @param currency the matter currency
     * @return the recovery
     * @throws KeyedException or a domain exception when a value is invalid
     */
    public Recovery toRecovery(Currency currency) {
        Money gross = DocumentCurrency.money("amount", KeyedException.required("amount", amount), currency);
        Money cost = costs == null ? Money.zero(currency) : DocumentCurrency.money("costs", costs, currency);
        return new Recovery(date, gross, KeyedException.required("stage", stage), cost);
    }

    /**
     * @param recovery a recovery
     * @param provider the provider, whose document currency the amounts must be in
     * @return its file shape
     */
    public static RecoveryJson of(Recovery recovery, SerializerProvider provider) {
        return new RecoveryJson(recovery.date(), DocumentCurrency.plain(recovery.amount(), provider), recovery.stage(),
                DocumentCurrency.plain(recovery.costs(), provider));
    }

    /** Reads a recovery. */
    public static final class Deserializer extends ConvertingDeserializer<RecoveryJson, Recovery> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Recovery.class, RecoveryJson.class);
        }

        @Override
        protected Recovery convert(RecoveryJson read, DeserializationContext ctxt) {
            return read.toRecovery(DocumentCurrency.currency(ctxt));
        }
    }

    /** Writes a recovery. */
    public static final class Serializer extends ShapeSerializer<Recovery> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Recovery.class);
        }

        @Override
        protected Object shapeOf(Recovery value, SerializerProvider provider) {
            return of(value, provider);
        }
    }
}
