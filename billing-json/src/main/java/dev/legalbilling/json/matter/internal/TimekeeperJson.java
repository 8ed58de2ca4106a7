package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import java.math.BigDecimal;

/**
 * The file shape of a {@link Timekeeper} in a matter file. Not API.
 *
 * @param id the timekeeper id
 * @param lastName family name
 * @param firstName given name, or null
 * @param classification LEDES 2014 classification (PARTNR, ASSOC, …) or a legacy code (PT, AS, …)
 * @param standardRate the firm's standard hourly rate in the matter currency, or null
 * @param barAdmissionYear the year of first bar admission, or null when unknown; read as a number and checked to be
 *     whole here, because Jackson would otherwise truncate {@code 2025.5} to an int without a word
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimekeeperJson(TimekeeperId id, String lastName, String firstName, String classification,
        BigDecimal standardRate, Number barAdmissionYear) {

    /** Reads a timekeeper. */
    public static final class Deserializer extends ConvertingDeserializer<TimekeeperJson, Timekeeper> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Timekeeper.class, TimekeeperJson.class);
        }

        @Override
        protected Timekeeper convert(TimekeeperJson read, DeserializationContext ctxt) {
            TimekeeperId id = KeyedException.required("id", read.id());
            String code = KeyedException.required("classification", read.classification());
            TimekeeperClassification classification = KeyedException.at("classification",
                    () -> TimekeeperClassification.fromCode(code));
            return new Timekeeper(id, read.lastName(), read.firstName(), classification, read.standardRate() == null
                    ? null : DocumentCurrency.price("standardRate", read.standardRate(), DocumentCurrency.currency(ctxt)),
                    year(read.barAdmissionYear()));
        }
    }

    private static Integer year(Number year) {
        if (year == null) {
            return null;
        }
        return KeyedException.at("barAdmissionYear", () -> {
            try {
                return new BigDecimal(year.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new InvalidValueException("barAdmissionYear", year.toString(), "must be a whole year");
            }
        });
    }

    /** Writes a timekeeper. */
    public static final class Serializer extends ShapeSerializer<Timekeeper> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Timekeeper.class);
        }

        @Override
        protected Object shapeOf(Timekeeper value, SerializerProvider provider) {
            return new TimekeeperJson(value.id(), value.lastName(), value.firstName().isEmpty() ? null
                    : value.firstName(), value.classification().code(), DocumentCurrency.plain(value.standardRate(), provider),
                    value.barAdmissionYear());
        }
    }
}
