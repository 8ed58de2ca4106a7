/**
 * Collection steps and the ethics duties that govern them, as plain data for the ethics rule pack.
 *
 * <p>A {@link dev.legalbilling.receivables.collection.CollectionAction} records one step (reminder, demand letter,
 * referral to an agency, lawsuit) with its date, jurisdiction, matter type, amounts claimed and in dispute, the
 * earned undisputed balance, the date notice of fee arbitration was served and where the money would come from.
 * {@link dev.legalbilling.receivables.collection.FeeArbitrationRules} is the configurable table of notice duties
 * (New York Part 137, California B&amp;P §6201) behind {@code ETH-FEE-ARBITRATION-NOTICE};
 * {@link dev.legalbilling.receivables.collection.CollectionAction#takesTrustFundsWithoutEarnedUndisputedInvoice()}
 * is the condition behind {@code ETH-COLLECTION-ON-TRUST}. Nothing here raises findings: the rule pack does.
 */
package dev.legalbilling.receivables.collection;
