package dev.legalbilling.connect.clio;

import dev.legalbilling.InvalidValueException;
import java.net.URI;
import java.util.Locale;

/** Clio's data regions, each with its own host (Clio's API documentation, "Getting Started"). */
public enum ClioRegion {
    /** United States: {@code app.clio.com}. */
    US("https://app.clio.com"),
    /** European Union: {@code eu.app.clio.com}. */
    EU("https://eu.app.clio.com"),
    /** Canada: {@code ca.app.clio.com}. */
    CA("https://ca.app.clio.com"),
    /** Australia: {@code au.app.clio.com}. */
    AU("https://au.app.clio.com");

    private final URI baseUrl;

    ClioRegion(String url) {
        this.baseUrl = URI.create(url);
    }

    /** @return the region's API host */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * @param name {@code us}, {@code eu}, {@code ca} or {@code au}, any case
     * @return the region
     * @throws InvalidValueException for another name
     */
    public static ClioRegion of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("--region", name, "must be us, eu, ca or au");
        }
    }
}
