package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.fee.SuccessFee;
import dev.legalbilling.money.Fraction;
import java.math.BigDecimal;

/**
 * The file shape of a {@link SuccessFee}: {@code {shareOfRecovery: "10%"}} or {@code {fixedBonus: "50000.00"}}.
 * Not API.
 *
 * @param shareOfRecovery share of the gross recovery, or null
 * @param fixedBonus fixed amount on success in the document currency, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuccessFeeJson(Fraction shareOfRecovery, BigDecimal fixedBonus) {

    /** Reads a success fee. */
    public static final class Deserializer extends ConvertingDeserializer<SuccessFeeJson, SuccessFee> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(SuccessFee.class, SuccessFeeJson.class);
        }

        @Override
        protected SuccessFee convert(SuccessFeeJson read, DeserializationContext ctxt) {
            if ((read.shareOfRecovery() == null) == (read.fixedBonus() == null)) {
                throw KeyedException.of(null, "a success fee needs exactly one of shareOfRecovery and fixedBonus");
            }
            return new SuccessFee(read.shareOfRecovery(), read.fixedBonus() == null ? null
                    : DocumentCurrency.money("fixedBonus", read.fixedBonus(), DocumentCurrency.currency(ctxt)));
        }
    }

    /** Writes a success fee. */
    public static final class Serializer extends ShapeSerializer<SuccessFee> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(SuccessFee.class);
        }

        @Override
        protected Object shapeOf(SuccessFee value, SerializerProvider provider) {
            return new SuccessFeeJson(value.shareOfRecovery(), DocumentCurrency.plain(value.fixedBonus(), provider));
        }
    }
}
