package dev.legalbilling.rate;

/**
 * Where a rate comes from, in resolution order: a {@link RateCard} tries its levels from the most specific
 * ({@link #MATTER_TIMEKEEPER}) to the least ({@link #TIMEKEEPER_STANDARD}) and takes the first with a rate in effect.
 *
 * <p>{@link #TIMEKEEPER_STANDARD} and {@link #BLENDED} are never held in a card: the first is read from
 * {@code Timekeeper.standardRate}, the second is set by an arrangement that replaces card resolution altogether.
 */
public enum RateLevel {
    /** A rate agreed for one timekeeper on this matter only. */
    MATTER_TIMEKEEPER("matter rate for timekeeper"),
    /** A rate the client negotiated for one timekeeper, on all its matters. */
    CLIENT_TIMEKEEPER("client-negotiated rate for timekeeper"),
    /** A rate the client negotiated for a classification (every partner, every paralegal). */
    CLIENT_CLASSIFICATION("client-negotiated rate for classification"),
    /** The firm's default rate for a classification. */
    CLASSIFICATION_DEFAULT("default rate for classification"),
    /** The timekeeper's own standard rate ({@code Timekeeper.standardRate}), the last fallback. */
    TIMEKEEPER_STANDARD("standard rate of timekeeper"),
    /** One blended rate for every timekeeper, set by a custom-rate arrangement instead of a card. */
    BLENDED("blended team rate");

    private final String label;

    RateLevel(String label) {
        this.label = label;
    }

    /** @return a short phrase for explanations, e.g. {@code "client-negotiated rate for classification"} */
    public String label() {
        return label;
    }

    /** @return true when the level's rates name one timekeeper, false when they name a classification or nobody */
    public boolean isPerTimekeeper() {
        return this == MATTER_TIMEKEEPER || this == CLIENT_TIMEKEEPER || this == TIMEKEEPER_STANDARD;
    }

    /** @return true for the four levels a {@link RateCard} holds */
    public boolean isHeldInCard() {
        return this != TIMEKEEPER_STANDARD && this != BLENDED;
    }
}
