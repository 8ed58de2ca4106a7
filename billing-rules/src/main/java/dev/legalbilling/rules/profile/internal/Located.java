package dev.legalbilling.rules.profile.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.Objects;

/**
 * A value read as a tree, with where it starts in the file: parameter values are typed only once the rule they
 * belong to is known, and their errors should still name the line.
 *
 * @param node the value
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
@JsonDeserialize(using = Located.Reader.class)
public record Located(JsonNode node, int line, int column) {

    /** Checks the node. */
    public Located {
        Objects.requireNonNull(node, "node");
    }

    /** Reads any value and keeps the location of its first token. */
    static final class Reader extends JsonDeserializer<Located> {
        @Override
        public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            JsonNode node = p.readValueAsTree();
            return new Located(node, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        }

        @Override
        public Located getNullValue(DeserializationContext ctxt) {
            return new Located(com.fasterxml.jackson.databind.node.NullNode.getInstance(), 0, 0);
        }
    }
}
