package dev.legalbilling.cli.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.trust.LedgerId;

/**
 * Reads a ledger named on the command line: {@code CLIENT} (the client's ledger without a matter),
 * {@code CLIENT/MATTER}, {@code firm-funds} (the firm's own money for bank charges) or {@code unidentified}.
 * Stateless.
 */
final class LedgerOption {
    /** The name of the firm-funds ledger on the command line. */
    static final String FIRM_FUNDS = "firm-funds";
    /** The name of the unidentified-funds ledger on the command line. */
    static final String UNIDENTIFIED = "unidentified";

    private LedgerOption() {
    }

    /**
     * @param option the option, for messages
     * @param text the ledger as typed
     * @return the ledger
     * @throws InvalidValueException naming the option when the text is not a ledger
     */
    static LedgerId parse(String option, String text) {
        String t = text.strip();
        if (t.equals(FIRM_FUNDS)) {
            return LedgerId.firmFunds();
        }
        if (t.equals(UNIDENTIFIED)) {
            return LedgerId.unidentified();
        }
        int slash = t.indexOf('/');
        if (slash < 0) {
            return LedgerId.client(ClientId.of(t));
        }
        if (slash == 0 || slash == t.length() - 1 || t.indexOf('/', slash + 1) >= 0) {
            throw new InvalidValueException(option, text, "must be CLIENT, CLIENT/MATTER, " + FIRM_FUNDS + " or "
                    + UNIDENTIFIED);
        }
        return LedgerId.client(ClientId.of(t.substring(0, slash)), MatterId.of(t.substring(slash + 1)));
    }

    /**
     * @param ledger a ledger
     * @return how it is named on the command line
     */
    static String format(LedgerId ledger) {
        switch (ledger.kind()) {
            case FIRM_FUNDS:
                return FIRM_FUNDS;
            case UNIDENTIFIED:
                return UNIDENTIFIED;
            default:
                return ledger.client() + (ledger.matter() == null ? "" : "/" + ledger.matter());
        }
    }
}
