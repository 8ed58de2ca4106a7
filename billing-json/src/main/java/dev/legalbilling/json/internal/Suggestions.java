package dev.legalbilling.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Plain wording for input errors: the closest known key ("did you mean lawFirmId?"), what a value must be ("one of
 * FEE, EXPENSE", "a date (YYYY-MM-DD)"), and Jackson messages with their Java type names taken out. Stateless.
 * Not API.
 */
public final class Suggestions {
    /**
     * Edits allowed between an unknown key and a known one for the known one to be suggested: two, or a third of
     * the shorter key's length when that is more ({@code timeEntry} suggests {@code timeEntries}).
     */
    private static final int MIN_EDITS = 2;

    private Suggestions() {
    }

    /**
     * @param key the unknown key
     * @param known the keys allowed there, or null
     * @return {@code "; did you mean X?"} when a known key differs only in case or by few edits (fewer than the
     *     unknown key has letters), else {@code "; known keys: a, b"}; empty when nothing is known
     */
    public static String suggest(String key, Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "";
        }
        TreeSet<String> names = known.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = name.equalsIgnoreCase(key) ? 0 : distance(key.toLowerCase(Locale.ROOT),
                    name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        int allowed = Math.min(key.length() - 1, Math.max(MIN_EDITS, Math.min(key.length(), best.length()) / 3));
        return bestDistance <= allowed ? "; did you mean " + best + "?" : "; known keys: " + String.join(", ", names);
    }

    /**
     * @param type the type a value was read as
     * @return what a value of that type must be, without a Java type name, e.g. {@code "one of FEE, EXPENSE"}
     */
    public static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class) {
            return "a date and time (ISO 8601)";
        }
        if (type == BigDecimal.class || type == BigInteger.class || Number.class.isAssignableFrom(type)
                || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Currency.class) {
            return "a currency code (e.g. USD)";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        return "a mapping of " + words(type.getSimpleName());
    }

    /**
     * @param message a Jackson message, or null
     * @return the message with back-quoted Java type names replaced by their simple names in words, first line only
     */
    public static String withoutTypeNames(String message) {
        if (message == null) {
            return "is not valid";
        }
        String first = message.lines().findFirst().orElse("");
        return first.replaceAll("`(?:[\\w$]+\\.)*([A-Z][\\w]*)(?:\\$[\\w$]+)?(?:<[^`]*>)?`", "$1")
                .replaceAll("\\((?:[a-z]\\w*\\.)+([A-Z]\\w*)\\)", "($1)")
                .replaceAll("(?:[a-z]\\w*\\.){2,}([A-Z]\\w*)", "$1");
    }

    /** "InvoiceLine" becomes "invoice line". */
    private static String words(String simpleName) {
        return simpleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
