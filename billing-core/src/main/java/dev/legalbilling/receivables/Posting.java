package dev.legalbilling.receivables;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Something that happens to receivables and is recorded in a {@link ReceivablesLedger}: money received, a write-off,
 * a credit note, a dispute, a notice, an interest charge, client credit applied or refunded.
 *
 * <p>A posting is the input (what a payments file or a user says happened); the ledger turns it into one or more
 * {@link LedgerEntry ledger entries} (a payment applied oldest-first becomes one entry per invoice it reaches, plus
 * client credit for any excess). Postings are immutable values validated on construction; whether they fit the
 * ledger (balance, dates, duplicates) is checked when posted.
 */
public sealed interface Posting permits Payment, WriteOff, CreditNote, DisputeRaised, DisputeResolved,
        ArbitrationNoticeServed, InterestCharge, CreditApplication, CreditRefund {

    /** Orders postings by date only; a stable sort keeps same-day postings in their given order. */
    Comparator<Posting> BY_DATE = Comparator.comparing(Posting::date);

    /** @return the day the posting takes effect (value date); never null */
    LocalDate date();
}
