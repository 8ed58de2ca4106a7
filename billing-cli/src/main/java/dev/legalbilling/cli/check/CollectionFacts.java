package dev.legalbilling.cli.check;

import dev.legalbilling.BillingException;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.receivables.CollectionRecords;
import dev.legalbilling.json.receivables.ReceivablesFiles;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.rules.AdvanceFeeReceipt;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.trust.LedgerId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code billing check --receivables FILE --payments FILE} gives the ethics pack: the invoices' receivable
 * states ({@code ETH-INTEREST-WITHOUT-AGREEMENT}), and from the payments file's records of collection work
 * ({@link CollectionRecords}) the collection steps ({@code ETH-COLLECTION-ON-TRUST},
 * {@code ETH-FEE-ARBITRATION-NOTICE}), advance fees received ({@code ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED}, with
 * {@code --trust-journal}), closed matters ({@code ETH-TRUST-STALE-BALANCE}, with {@code --trust-journal}) and the
 * actual cost of billed expenses ({@code ETH-EXPENSE-MARKUP}). Stateless.
 */
final class CollectionFacts {
    private CollectionFacts() {
    }

    /**
     * @param ethics the context being built
     * @param receivables the invoices file (as {@code billing ar} reads it)
     * @param payments the payments file
     * @param asOf the date receivable states are taken on; null for today (UTC)
     * @throws JsonInputException naming the file and entry when a file or record is invalid
     */
    static void addTo(EthicsContext.Builder ethics, Path receivables, Path payments, LocalDate asOf) {
        ReceivablesLedger ledger = ReceivablesFiles.readLedger(receivables, payments);
        CollectionRecords records = ReceivablesFiles.readCollectionRecords(payments);
        LocalDate on = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        ethics.receivables(ledger.states(on));
        List<CollectionAction> actions = new ArrayList<>();
        for (CollectionRecords.CollectionActionRecord r : records.collectionActions()) {
            actions.add(action(ledger, r, payments));
        }
        ethics.collectionActions(actions);
        List<AdvanceFeeReceipt> fees = new ArrayList<>();
        for (CollectionRecords.AdvanceFeeRecord r : records.advanceFees()) {
            fees.add(new AdvanceFeeReceipt(r.id(), r.client(), r.matter(), r.date(), r.amount(), r.flatFee()));
        }
        ethics.advanceFees(fees);
        for (CollectionRecords.MatterClosedRecord r : records.mattersClosed()) {
            ethics.closedMatter(LedgerId.client(r.client(), r.matter()), r.date());
        }
        List<ExpenseCost> costs = new ArrayList<>();
        for (CollectionRecords.ExpenseCostRecord r : records.expenseCosts()) {
            costs.add(new ExpenseCost(r.invoice(), r.line(), r.actualCost(), r.markupDisclosed()));
        }
        ethics.expenseCosts(costs);
    }

    private static CollectionAction action(ReceivablesLedger ledger, CollectionRecords.CollectionActionRecord r,
            Path payments) {
        try {
            if (r.invoices().isEmpty()) {
                Money zero = Money.zero(r.amountClaimed().currency());
                return new CollectionAction(r.action(), r.date(), r.client(), null, Set.of(), null,
                        MatterType.GENERAL, r.amountClaimed(), zero, zero, null, r.source());
            }
            CollectionAction action = CollectionAction.forInvoices(ledger, r.action(), r.date(), r.invoices(),
                    r.source());
            return r.amountClaimed() == null ? action : action.withAmountClaimed(r.amountClaimed());
        } catch (BillingException e) {
            throw new JsonInputException(payments.toString(), "", 0, 0, "collection-action " + r.action() + " of "
                    + r.date() + " on " + r.invoices() + ": " + e.getMessage());
        }
    }
}
