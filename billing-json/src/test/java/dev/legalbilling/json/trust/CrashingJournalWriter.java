package dev.legalbilling.json.trust;

import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustTransaction;
import java.nio.file.Paths;
import java.time.Clock;

/**
 * Child process for {@link TrustJournalCrashTest}: appends deposits to a journal file forever, printing
 * {@code ACK <sequence>} after each post returns (that is, after the entry was forced to disk), until killed.
 */
final class CrashingJournalWriter {
    private CrashingJournalWriter() {
    }

    /**
     * @param args the journal file to create
     */
    public static void main(String[] args) {
        try (TrustJournalFile file = TrustJournalFile.create(Paths.get(args[0]), SampleFirm.ACCOUNT,
                SampleFirm.PROFILE, Clock.systemUTC())) {
            for (int i = 1; ; i++) {
                TrustEntry entry = file.journal().post(TrustTransaction.deposit(SampleFirm.march(1 + i % 28),
                        DepositPurpose.CLIENT_FUNDS).credit(SampleFirm.HALE, SampleFirm.usd(i + ".00"))
                        .reference("DEP-" + i).memo("Deposit number " + i + " of an endless month").build());
                System.out.println("ACK " + entry.sequence());
                System.out.flush();
            }
        }
    }
}
