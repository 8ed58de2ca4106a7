package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;

/**
 * The file shape of the law firm's name and address ({@code lawFirm: {name, address}}). Not API.
 *
 * @param name the firm's name
 * @param address its address, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LawFirmJson(String name, AddressJson address) {

    /** Reads the firm. */
    public static final class Deserializer extends ConvertingDeserializer<LawFirmJson, Party> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Party.class, LawFirmJson.class);
        }

        @Override
        protected Party convert(LawFirmJson read, DeserializationContext ctxt) {
            if (read.name() == null || read.name().isBlank()) {
                throw KeyedException.of("name", "must not be blank");
            }
            return AddressJson.party(read.name(), read.address());
        }
    }

    /** Writes the firm. */
    public static final class Serializer extends ShapeSerializer<Party> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Party.class);
        }

        @Override
        protected Object shapeOf(Party value, SerializerProvider provider) {
            return new LawFirmJson(value.name(), AddressJson.of(value));
        }
    }
}
