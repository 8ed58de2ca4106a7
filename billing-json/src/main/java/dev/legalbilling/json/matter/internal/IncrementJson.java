package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.fee.BillingIncrement;
import java.math.BigDecimal;

/**
 * The file shape of a {@link BillingIncrement}: {@code {hours: "0.1", direction: UP}}, or {@code {direction: EXACT}}.
 * Both keys are optional: the default is 0.1 h rounded up. Not API.
 *
 * @param hours the increment in hours, or null for 0.1 (must be absent with {@code EXACT})
 * @param direction UP, DOWN or EXACT, or null for UP
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncrementJson(BigDecimal hours, BillingIncrement.Direction direction) {
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    /** @return the increment */
    BillingIncrement toIncrement() {
        BillingIncrement.Direction d = direction == null ? BillingIncrement.Direction.UP : direction;
        if (d == BillingIncrement.Direction.EXACT) {
            if (hours != null) {
                throw KeyedException.of("hours", "is not used with direction EXACT, which bills time as recorded");
            }
            return BillingIncrement.exact();
        }
        return KeyedException.at("hours", () -> new BillingIncrement(hours == null ? TENTH : hours, d));
    }

    static IncrementJson of(BillingIncrement increment) {
        return increment.direction() == BillingIncrement.Direction.EXACT
                ? new IncrementJson(null, BillingIncrement.Direction.EXACT)
                : new IncrementJson(increment.hours(), increment.direction());
    }

    /** Reads an increment. */
    public static final class Deserializer extends ConvertingDeserializer<IncrementJson, BillingIncrement> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(BillingIncrement.class, IncrementJson.class);
        }

        @Override
        protected BillingIncrement convert(IncrementJson read, DeserializationContext ctxt) {
            return read.toIncrement();
        }
    }

    /** Writes an increment. */
    public static final class Serializer extends ShapeSerializer<BillingIncrement> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(BillingIncrement.class);
        }

        @Override
        protected Object shapeOf(BillingIncrement value, SerializerProvider provider) {
            return of(value);
        }
    }
}
