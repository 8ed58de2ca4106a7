package dev.legalbilling.trust;

/**
 * The kinds of trust-journal transaction. Each kind fixes which ledgers it may touch and in which direction;
 * {@link TrustTransaction.Builder#build()} enforces that.
 */
public enum TransactionType {
    /**
     * Money received for one or more clients (or unidentified): client funds, an advance fee, advance costs or
     * settlement proceeds ({@link DepositPurpose}). Credits client or unidentified ledgers; crediting the firm-funds
     * ledger in the same deposit, or diverting part of it to operating, makes it a split deposit.
     */
    DEPOSIT,
    /**
     * A payment out of a client's ledger to the client or a third party ({@link PayeeKind}); or out of the
     * unidentified ledger (returned to the sender, or remitted under unclaimed-property law), naming the
     * unidentified deposit it resolves.
     */
    DISBURSEMENT,
    /**
     * A transfer of earned, undisputed fees to the firm's operating account, tied to an invoice; never more than the
     * invoice's earned undisputed amount not yet transferred.
     */
    EARNED_FEE_TRANSFER,
    /** A return of unearned fees or unused funds to the client. */
    REFUND,
    /**
     * A charge taken by the bank; debits the firm-funds ledger, or a client ledger when the charge is the client's
     * (a wire fee for the client's payment).
     */
    BANK_CHARGE,
    /** The firm's own money deposited to cover bank charges (Rule 1.15(b)); credits only the firm-funds ledger. */
    FIRM_FUNDS_DEPOSIT,
    /** Interest credited by the bank to a client's ledger in a separate interest-bearing account. */
    INTEREST,
    /**
     * Moves unidentified funds to the client ledger they turned out to belong to; references the unidentified
     * deposit it resolves. Does not change the bank balance.
     */
    IDENTIFICATION,
    /**
     * The correction of an earlier entry: exactly its postings with the opposite sign, referencing it. The journal is
     * append-only, so this is the only way to undo a mistake.
     */
    REVERSAL,
    /**
     * Moves money from one client ledger to another client ledger: to another matter of the same client, or to
     * another client on the owner's authorisation. One debit and an equal credit; does not change the bank balance.
     * The source ledger may not go below zero, like any debit.
     */
    LEDGER_TRANSFER;

    /** @return true for kinds that bring money into the account */
    public boolean isInflow() {
        return this == DEPOSIT || this == FIRM_FUNDS_DEPOSIT || this == INTEREST;
    }

    /** @return true for kinds that take money out of the account */
    public boolean isOutflow() {
        return this == DISBURSEMENT || this == EARNED_FEE_TRANSFER || this == REFUND || this == BANK_CHARGE;
    }
}
