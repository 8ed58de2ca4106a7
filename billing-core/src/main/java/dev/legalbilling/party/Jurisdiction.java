package dev.legalbilling.party;

import dev.legalbilling.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a matter is governed: an ISO 3166-1 country code, optionally with an ISO 3166-2 subdivision,
 * e.g. {@code US}, {@code US-NY}, {@code GB-ENG}. {@code US-FED} stands for US federal law (FTCA, SSA, VA).
 *
 * @param code upper-case code
 */
public record Jurisdiction(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** US federal law. */
    public static final Jurisdiction US_FEDERAL = new Jurisdiction("US-FED");

    /** Validates the code. */
    public Jurisdiction {
        Objects.requireNonNull(code, "jurisdiction");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValueException("jurisdiction", code, "must look like 'US' or 'US-NY'");
        }
    }

    /**
     * @param code e.g. {@code "US-NY"}
     * @return the jurisdiction
     */
    public static Jurisdiction of(String code) {
        return new Jurisdiction(code);
    }

    /** @return the country part, e.g. {@code US} */
    public String country() {
        return code.substring(0, 2);
    }

    /** @return the subdivision part, e.g. {@code NY}, or empty when the code is a country */
    public String subdivision() {
        return code.length() > 3 ? code.substring(3) : "";
    }

    @Override
    public String toString() {
        return code;
    }
}
