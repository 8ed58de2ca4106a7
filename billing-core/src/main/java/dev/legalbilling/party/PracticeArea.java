package dev.legalbilling.party;

/** The broad area of law a matter belongs to; guideline profiles can be scoped by it. */
public enum PracticeArea {
    /** Disputes before courts, arbitrators and agencies. */
    LITIGATION,
    /** Deals, contracts, corporate and real-estate transactions. */
    TRANSACTIONAL,
    /** Insolvency and restructuring. */
    BANKRUPTCY,
    /** Advice that is neither a dispute nor a transaction. */
    COUNSELING,
    /** Patents, trademarks and copyright. */
    INTELLECTUAL_PROPERTY,
    /** Anything else. */
    OTHER
}
