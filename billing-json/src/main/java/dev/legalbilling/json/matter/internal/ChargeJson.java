package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.fee.FlatFee;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The file shape of one {@link FlatFee.Charge}: {@code {due: 2026-03-31, amount: "25000.00", taskCode: L200}}; without
 * a task code it is an installment. Not API.
 *
 * @param due the day the charge is billed
 * @param amount the amount in the document currency
 * @param taskCode the UTBMS phase or task it pays for, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeJson(LocalDate due, BigDecimal amount, String taskCode) {

    /** Reads a charge. */
    public static final class Deserializer extends ConvertingDeserializer<ChargeJson, FlatFee.Charge> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(FlatFee.Charge.class, ChargeJson.class);
        }

        @Override
        protected FlatFee.Charge convert(ChargeJson read, DeserializationContext ctxt) {
            return new FlatFee.Charge(read.due(), DocumentCurrency.money("amount",
                    KeyedException.required("amount", read.amount()), DocumentCurrency.currency(ctxt)), read.taskCode());
        }
    }

    /** Writes a charge. */
    public static final class Serializer extends ShapeSerializer<FlatFee.Charge> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(FlatFee.Charge.class);
        }

        @Override
        protected Object shapeOf(FlatFee.Charge value, SerializerProvider provider) {
            return new ChargeJson(value.due(), DocumentCurrency.plain(value.amount(), provider), value.taskCode());
        }
    }
}
