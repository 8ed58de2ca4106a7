package dev.legalbilling.connect.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads values from vendor JSON exactly: decimals from numbers or strings, never through double. Not API. */
public final class Values {
    private Values() {
    }

    /**
     * @param node an object
     * @param path field names, nested
     * @return the node at the path, or null when missing or JSON null
     */
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(p);
        }
        return n == null || n.isNull() ? null : n;
    }

    /** @param node an object @param path field names @return the text, or null */
    public static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * @param node an object
     * @param path field names
     * @return the exact decimal of a JSON number or numeric string, or null when missing
     * @throws NumberFormatException when present but not a decimal
     */
    public static BigDecimal decimal(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        String s = n.asText().strip().replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > 40) {
            throw new NumberFormatException("too long");
        }
        return new BigDecimal(s);
    }

    /**
     * @param node an object
     * @param fallback value when missing
     * @param path field names
     * @return the boolean (JSON boolean, or text true/false/yes/no)
     */
    public static boolean bool(JsonNode node, boolean fallback, String... path) {
        JsonNode n = at(node, path);
        if (n == null) {
            return fallback;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String s = n.asText().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> fallback;
        };
    }

    /**
     * @param text {@code YYYY-MM-DD} or an ISO date-time
     * @return the date, or null when missing
     * @throws DateTimeParseException when malformed
     */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > 10) {
            return OffsetDateTime.parse(text).toLocalDate();
        }
        return LocalDate.parse(text);
    }
}
