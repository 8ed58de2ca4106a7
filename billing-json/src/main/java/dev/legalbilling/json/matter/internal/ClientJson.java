package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;

/**
 * The file shape of the client section of a matter file: {@code {id, name, address}}. Not API.
 *
 * @param id the client id (LEDES CLIENT_ID)
 * @param name the client's name
 * @param address its billing address, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientJson(ClientId id, String name, AddressJson address) {

    /**
     * The client section as read.
     *
     * @param client the client
     * @param billTo the client's name and address as an invoice is addressed
     */
    public record Section(Client client, Party billTo) {
    }

    /** Reads the section. */
    public static final class Deserializer extends ConvertingDeserializer<ClientJson, Section> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Section.class, ClientJson.class);
        }

        @Override
        protected Section convert(ClientJson read, DeserializationContext ctxt) {
            ClientId id = KeyedException.required("id", read.id());
            Client client = KeyedException.at("name", () -> new Client(id, read.name()));
            return new Section(client, AddressJson.party(client.name(), read.address()));
        }
    }

    /** Writes the section. */
    public static final class Serializer extends ShapeSerializer<Section> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Section.class);
        }

        @Override
        protected Object shapeOf(Section value, SerializerProvider provider) {
            return new ClientJson(value.client().id(), value.client().name(), AddressJson.of(value.billTo()));
        }
    }
}
