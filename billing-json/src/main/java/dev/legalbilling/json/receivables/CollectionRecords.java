package dev.legalbilling.json.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.receivables.collection.CollectionActionType;
import dev.legalbilling.receivables.collection.SourceOfFunds;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The records of collection work a payments file may hold besides its ledger postings: the collection steps taken,
 * advance fees received, matters closed and the actual cost of billed expenses. They are what the ethics rules on
 * collections and trust money need ({@code ETH-COLLECTION-ON-TRUST}, {@code ETH-FEE-ARBITRATION-NOTICE},
 * {@code ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED}, {@code ETH-TRUST-STALE-BALANCE}, {@code ETH-EXPENSE-MARKUP}); the
 * receivables ledger itself ignores them. Read with {@link ReceivablesFiles#readCollectionRecords}. Immutable.
 *
 * @param collectionActions the {@code collection-action} entries, in file order
 * @param advanceFees the {@code advance-fee} entries, in file order
 * @param mattersClosed the {@code matter-closed} entries, in file order
 * @param expenseCosts the {@code expense-cost} entries, in file order
 */
public record CollectionRecords(List<CollectionActionRecord> collectionActions, List<AdvanceFeeRecord> advanceFees,
        List<MatterClosedRecord> mattersClosed, List<ExpenseCostRecord> expenseCosts) {

    /** Copies the lists. */
    public CollectionRecords {
        collectionActions = List.copyOf(collectionActions);
        advanceFees = List.copyOf(advanceFees);
        mattersClosed = List.copyOf(mattersClosed);
        expenseCosts = List.copyOf(expenseCosts);
    }

    /** @return true when the file holds no such record */
    public boolean isEmpty() {
        return collectionActions.isEmpty() && advanceFees.isEmpty() && mattersClosed.isEmpty()
                && expenseCosts.isEmpty();
    }

    /**
     * A step taken to collect fees ({@code "type": "collection-action"}).
     *
     * @param action the kind of step; required
     * @param date the day it was (or will be) taken; required
     * @param invoices the invoices it concerns; empty when it names none (then {@code client} and
     *     {@code amountClaimed} are required)
     * @param source where the money would come from; required
     * @param client the client, when the step names no invoice; otherwise null (the invoices' client)
     * @param amountClaimed what the step seeks, when it is not the invoices' open balance; otherwise null
     */
    public record CollectionActionRecord(CollectionActionType action, LocalDate date, List<InvoiceNumber> invoices,
            SourceOfFunds source, ClientId client, Money amountClaimed) {
        /** Validates the record. */
        public CollectionActionRecord {
            require("action", action);
            require("date", date);
            require("source", source);
            invoices = invoices == null ? List.of() : List.copyOf(invoices);
            if (invoices.isEmpty() && (client == null || amountClaimed == null)) {
                throw new InvalidValueException("invoices", "[]", "is empty: a step naming no invoice needs "
                        + "'client' and 'amountClaimed'");
            }
        }
    }

    /**
     * An advance fee (a retainer or a flat fee) received from a client ({@code "type": "advance-fee"}).
     *
     * @param id the firm's reference for the receipt; required
     * @param client who paid; required
     * @param matter the matter it is for, or null
     * @param date the day it was received; required
     * @param amount the amount; required, above zero
     * @param flatFee whether it is a flat fee (null reads as false)
     */
    public record AdvanceFeeRecord(String id, ClientId client, MatterId matter, LocalDate date, Money amount,
            Boolean flatFee) {
        /** Validates the record. */
        public AdvanceFeeRecord {
            require("id", id);
            require("client", client);
            require("date", date);
            require("amount", amount);
            flatFee = flatFee != null && flatFee;
        }
    }

    /**
     * A matter closed ({@code "type": "matter-closed"}): money still held for it in trust is to be paid out.
     *
     * @param client the client; required
     * @param matter the matter; required
     * @param date the closing day; required
     */
    public record MatterClosedRecord(ClientId client, MatterId matter, LocalDate date) {
        /** Validates the record. */
        public MatterClosedRecord {
            require("client", client);
            require("matter", matter);
            require("date", date);
        }
    }

    /**
     * What an expense billed on an invoice line actually cost the firm ({@code "type": "expense-cost"}).
     *
     * @param invoice the invoice; required
     * @param line the invoice line number (LEDES LINE_ITEM_NUMBER); required
     * @param actualCost the actual cost; required
     * @param markupDisclosed whether a mark-up was disclosed to the client in advance (null reads as false)
     */
    public record ExpenseCostRecord(InvoiceNumber invoice, String line, Money actualCost, Boolean markupDisclosed) {
        /** Validates the record. */
        public ExpenseCostRecord {
            require("invoice", invoice);
            require("line", line);
            require("actualCost", actualCost);
            markupDisclosed = markupDisclosed != null && markupDisclosed;
        }
    }

    private static void require(String key, Object value) {
        if (value == null) {
            throw new InvalidValueException(key, null, "is required");
        }
        Objects.requireNonNull(key);
    }
}
