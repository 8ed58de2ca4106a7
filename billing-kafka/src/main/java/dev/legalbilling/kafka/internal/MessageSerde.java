package dev.legalbilling.kafka.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.legalbilling.json.BillingJson;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link Message}s as compact JSON, with invoices in our JSON invoice format ({@link BillingJson}). Only the topology's
 * own repartition topics and stores hold them. Thread-safe.
 */
public final class MessageSerde implements Serde<Message> {
    private static final ObjectMapper MAPPER = BillingJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Serializer<Message> serializer() {
        return (topic, m) -> {
            if (m == null) {
                return null;
            }
            try {
                return MAPPER.writeValueAsBytes(m);
            } catch (JsonProcessingException e) {
                throw new SerializationException("cannot write a " + m.kind() + " message: " + e.getOriginalMessage());
            }
        };
    }

    @Override
    public Deserializer<Message> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return MAPPER.readValue(bytes, Message.class);
            } catch (IOException e) {
                throw new SerializationException("cannot read a message of " + topic + ": " + e.getMessage());
            }
        };
    }
}
