package dev.legalbilling.trust;

/** Who a {@link TransactionType#DISBURSEMENT} pays. */
public enum PayeeKind {
    /** The client whose ledger is debited. */
    CLIENT,
    /** Anyone else on the client's behalf: a lienholder, a court, an expert, a title company. */
    THIRD_PARTY
}
