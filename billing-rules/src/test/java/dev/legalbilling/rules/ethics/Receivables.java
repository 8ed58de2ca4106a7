package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.ArbitrationNoticeServed;
import dev.legalbilling.receivables.DisputeRaised;
import dev.legalbilling.receivables.PaymentTerms;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.time.LocalDate;
import java.util.List;

/** A receivables ledger holding one 9,000.00 invoice of ACME (20 partner hours), for the collection rules. */
final class Receivables {
    /** INV-K1, final, dated 2026-03-31, due 2026-04-30. */
    static final Invoice INV_K1 = invoice("INV-K1").fee(PARTNER, MONDAY, "20").build().finalise();

    private Receivables() {
    }

    /**
     * @param jurisdiction the matter's jurisdiction
     * @param type the matter's type
     * @param disputed the amount the client disputes from 2026-04-15, or null for none
     * @param noticeServed the day notice of the right to fee arbitration was served, or null
     * @return the ledger
     */
    static ReceivablesLedger ledger(String jurisdiction, MatterType type, String disputed, LocalDate noticeServed) {
        Receivable r = Receivable.builder(INV_K1, PaymentTerms.standard()).jurisdiction(Jurisdiction.of(jurisdiction))
                .matterType(type).build();
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(r));
        if (disputed != null) {
            ledger = ledger.post(new DisputeRaised(INV_K1.number(), LocalDate.of(2026, 4, 15), usd(disputed)));
        }
        if (noticeServed != null) {
            ledger = ledger.post(new ArbitrationNoticeServed(INV_K1.number(), noticeServed));
        }
        return ledger;
    }
}
