package dev.legalbilling.ledes.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesDialectException;
import dev.legalbilling.ledes.LedesErrorCode;
import dev.legalbilling.ledes.LedesIssue.Severity;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a {@link LedesDialect} from properties without any parsing library. Not part of the API.
 *
 * <p>Keys: {@code name}, {@code description}, {@code extends}, {@code required}, {@code required.F|E|IF|IE},
 * {@code length.FIELD} (a number or {@code none}), {@code digits.FIELD} ({@code precision.scale} or {@code none}),
 * {@code sameOnEveryRow}, {@code charsets}, {@code adjustmentSign}, {@code invoiceAdjustmentSign}
 * ({@code any|negative|positive}), {@code adjustmentLineTotal} ({@code adjustment|stated}), {@code taskCodeSets}
 * (set names or {@code none}), {@code rounding}, {@code tolerance}, {@code accountTypes} (values or {@code any}),
 * {@code countryCodes} ({@code alpha-2}, {@code alpha-3} or {@code none}), {@code maxTaxRate} (decimal or
 * {@code none}), {@code timekeeperNameOrder} ({@code last-first|first-last}), {@code severity.CODE}
 * ({@code error|warning|off}; CODE is {@code A301} or {@code LINE_ARITHMETIC}). Lists are comma-separated. A key
 * replaces the value inherited through {@code extends}. Every problem is collected and reported at once.
 */
public final class DialectProperties {
    private DialectProperties() {
    }

    /**
     * @param p the definition
     * @param source where it came from, for messages
     * @param parents finds a dialect named by {@code extends}
     * @return the dialect
     * @throws LedesDialectException listing every problem
     */
    public static LedesDialect parse(Properties p, String source, Function<String, Optional<LedesDialect>> parents) {
        List<String> problems = new ArrayList<>();
        String name = p.getProperty("name", "").strip();
        if (name.isEmpty()) {
            problems.add("name: is required");
        }
        LedesDialect.Builder b;
        String parentName = p.getProperty("extends", "").strip();
        if (parentName.isEmpty()) {
            b = LedesDialect.builder(name.isEmpty() ? source : name);
        } else {
            Optional<LedesDialect> parent = parents.apply(parentName.toLowerCase(Locale.ROOT));
            if (parent.isEmpty()) {
                problems.add("extends: unknown dialect '" + parentName + "' (built-in: spec, legal-tracker,"
                        + " brightflag, collaborati, clio, practicepanther, mycase)");
                b = LedesDialect.builder(name.isEmpty() ? source : name);
            } else {
                b = parent.get().derive(name.isEmpty() ? source : name);
            }
        }
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key).strip();
            try {
                apply(b, key, value, problems);
            } catch (InvalidValueException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        try {
            LedesDialect dialect = b.build();
            if (problems.isEmpty()) {
                return dialect;
            }
        } catch (LedesDialectException e) {
            String prefix = (name.isEmpty() ? source : name) + ": ";
            e.problems().forEach(x -> problems.add(x.startsWith(prefix) ? x.substring(prefix.length()) : x));
        }
        throw new LedesDialectException(source, problems);
    }

    private static void apply(LedesDialect.Builder b, String key, String value, List<String> problems) {
        switch (key) {
            case "name", "extends" -> {
                // handled before
            }
            case "description" -> b.description(value);
            case "required" -> b.requiredFields(list(value));
            case "sameOnEveryRow" -> b.sameOnEveryRow(list(value));
            case "charsets" -> {
                List<Charset> charsets = new ArrayList<>();
                for (String c : list(value)) {
                    try {
                        charsets.add(Charset.forName(c));
                    } catch (IllegalArgumentException e) {
                        problems.add(key + ": unknown charset '" + c + "'");
                    }
                }
                b.charsets(charsets);
            }
            case "adjustmentSign" -> enumValue(LedesDialect.Sign.class, key, value, problems)
                    .ifPresent(b::adjustmentSign);
            case "invoiceAdjustmentSign" -> enumValue(LedesDialect.Sign.class, key, value, problems)
                    .ifPresent(b::invoiceAdjustmentSign);
            case "adjustmentLineTotal" -> enumValue(LedesDialect.AdjustmentLineTotal.class, key, value, problems)
                    .ifPresent(b::adjustmentLineTotal);
            case "taskCodeSets" -> {
                List<UtbmsCodeSet> sets = new ArrayList<>();
                if (!value.equalsIgnoreCase("none")) {
                    for (String s : list(value)) {
                        enumValue(UtbmsCodeSet.class, key, s, problems).ifPresent(sets::add);
                    }
                }
                b.taskCodeSets(sets);
            }
            case "rounding" -> enumValue(RoundingMode.class, key, value, problems).ifPresent(b::rounding);
            case "timekeeperNameOrder" -> enumValue(LedesDialect.NameOrder.class, key, value, problems)
                    .ifPresent(b::timekeeperNameOrder);
            case "tolerance" -> {
                try {
                    b.tolerance(new BigDecimal(value));
                } catch (NumberFormatException e) {
                    problems.add(key + ": '" + value + "' is not a decimal number");
                }
            }
            case "accountTypes" -> b.accountTypes(value.equalsIgnoreCase("any") ? List.of() : list(value));
            case "countryCodes" -> {
                List<LedesDialect.CountryCode> forms = new ArrayList<>();
                if (!value.equalsIgnoreCase("none")) {
                    for (String s : list(value)) {
                        enumValue(LedesDialect.CountryCode.class, key, s, problems).ifPresent(forms::add);
                    }
                }
                b.countryCodes(forms);
            }
            case "maxTaxRate" -> {
                if (value.equalsIgnoreCase("none")) {
                    b.maxTaxRate(null);
                } else {
                    try {
                        b.maxTaxRate(new BigDecimal(value));
                    } catch (NumberFormatException e) {
                        problems.add(key + ": '" + value + "' is not a decimal number or 'none'");
                    }
                }
            }
            default -> applyPrefixed(b, key, value, problems);
        }
    }

    private static void applyPrefixed(LedesDialect.Builder b, String key, String value, List<String> problems) {
        int dot = key.indexOf('.');
        String prefix = dot < 0 ? key : key.substring(0, dot);
        String rest = dot < 0 ? "" : key.substring(dot + 1);
        switch (prefix) {
            case "required" -> {
                Optional<LineType> type = Arrays.stream(LineType.values())
                        .filter(t -> t.ledesCode().equals(rest)).findFirst();
                if (type.isEmpty()) {
                    problems.add(key + ": unknown line type '" + rest + "' (F, E, IF or IE)");
                } else {
                    b.requiredFields(type.get(), list(value));
                }
            }
            case "length" -> {
                if (value.equalsIgnoreCase("none")) {
                    b.noMaxLength(rest);
                } else {
                    try {
                        b.maxLength(rest, Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        problems.add(key + ": '" + value + "' is not a whole number or 'none'");
                    }
                }
            }
            case "digits" -> {
                if (value.equalsIgnoreCase("none")) {
                    b.noDigits(rest);
                    return;
                }
                String[] parts = value.split("\\.", -1);
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException();
                    }
                    b.digits(rest, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                } catch (NumberFormatException e) {
                    problems.add(key + ": '" + value + "' is not precision.scale (e.g. 10.4) or 'none'");
                }
            }
            case "severity" -> {
                Optional<LedesErrorCode> code = LedesErrorCode.find(rest);
                if (code.isEmpty()) {
                    problems.add(key + ": unknown error code '" + rest + "'");
                    return;
                }
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "error" -> b.severity(code.get(), Severity.ERROR);
                    case "warning" -> b.severity(code.get(), Severity.WARNING);
                    case "off" -> b.off(code.get());
                    default -> problems.add(key + ": '" + value + "' is not error, warning or off");
                }
            }
            default -> problems.add(key + ": unknown key");
        }
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String key, String value,
            List<String> problems) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return Optional.of(e);
            }
        }
        problems.add(key + ": '" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
        return Optional.empty();
    }
}
