package dev.legalbilling.party;

import dev.legalbilling.InvalidValueException;
import java.util.Locale;
import java.util.Map;

/**
 * A timekeeper's classification: the 51 six-letter codes of the LEDES Oversight Committee's 2014 revision
 * ("Revised Timekeeper Classifications"), with the pre-2014 two-letter codes mapped on input.
 *
 * <p>Labels of the less common codes are not given in the material we hold and default to the code itself; the
 * authoritative list is the LOC document. Legacy mapping: PT → PARTNR, AS → ASSOC, OC → OFCOUN, LA → LGLAST,
 * PL → PARALG, OT → NBOTHR (there is no general "other" code in the 2014 list).
 */
public enum TimekeeperClassification {
    /** LOC 2014 classification ADJSTR. */
    ADJSTR("ADJSTR", 0, false),
    /** Adjustment. */
    ADJSMT("Adjustment", 0, false),
    /** Analyst. */
    ANALST("Analyst", 0, false),
    /** Arbitrator. */
    ARBITR("Arbitrator", 0, false),
    /** Associate. */
    ASSOC("Associate", 3, true),
    /** Trainee. */
    TRANEE("Trainee", 1, false),
    /** Auditor. */
    AUDITR("Auditor", 0, false),
    /** Clerk/secretary. */
    CLKSEC("Clerk/secretary", 0, false),
    /** Consultant. */
    CONSLT("Consultant", 0, false),
    /** Temporary attorney. */
    TEMPAT("Temporary attorney", 2, true),
    /** LOC 2014 classification TEMPOS. */
    TEMPOS("TEMPOS", 0, false),
    /** LOC 2014 classification CSTCNS. */
    CSTCNS("CSTCNS", 0, false),
    /** LOC 2014 classification CTRPTR. */
    CTRPTR("CTRPTR", 0, false),
    /** Discovery attorney. */
    DSCATT("Discovery attorney", 2, true),
    /** LOC 2014 classification DSCPMG. */
    DSCPMG("DSCPMG", 0, false),
    /** LOC 2014 classification DSCANJ. */
    DSCANJ("DSCANJ", 0, false),
    /** LOC 2014 classification DSCANS. */
    DSCANS("DSCANS", 0, false),
    /** LOC 2014 classification DOCCDR. */
    DOCCDR("DOCCDR", 0, false),
    /** Document review attorney. */
    DOCRAT("Document review attorney", 2, true),
    /** LOC 2014 classification DOCRNA. */
    DOCRNA("DOCRNA", 0, false),
    /** LOC 2014 classification EVDEVL. */
    EVDEVL("EVDEVL", 0, false),
    /** Expert. */
    EXPERT("Expert", 0, false),
    /** Flat fee. */
    FLTFEE("Flat fee", 0, false),
    /** LOC 2014 classification FORANL. */
    FORANL("FORANL", 0, false),
    /** LOC 2014 classification HLNLPF. */
    HLNLPF("HLNLPF", 0, false),
    /** Investigator. */
    INVSTG("Investigator", 0, false),
    /** LOC 2014 classification IPSVPV. */
    IPSVPV("IPSVPV", 0, false),
    /** LOC 2014 classification IPAGNT. */
    IPAGNT("IPAGNT", 0, false),
    /** Legal assistant. */
    LGLAST("Legal assistant", 1, false),
    /** Legal intern. */
    LGLINT("Legal intern", 1, false),
    /** LOC 2014 classification LGPRMG. */
    LGPRMG("LGPRMG", 0, false),
    /** Librarian. */
    LIBRRN("Librarian", 0, false),
    /** Mediator. */
    MEDITR("Mediator", 0, false),
    /** LOC 2014 classification MDRCRV. */
    MDRCRV("MDRCRV", 0, false),
    /** Of counsel. */
    OFCOUN("Of counsel", 4, true),
    /** Non-billing other. */
    NBOTHR("Non-billing other", 0, false),
    /** Paralegal. */
    PARALG("Paralegal", 1, false),
    /** Partner. */
    PARTNR("Partner", 5, true),
    /** Researcher. */
    RSRCHR("Researcher", 0, false),
    /** LOC 2014 classification RSPROF. */
    RSPROF("RSPROF", 0, false),
    /** Secondee. */
    SECNDE("Secondee", 2, true),
    /** LOC 2014 classification SPAGNT. */
    SPAGNT("SPAGNT", 0, false),
    /** LOC 2014 classification SOLDSG. */
    SOLDSG("SOLDSG", 0, false),
    /** Staff attorney. */
    STFATT("Staff attorney", 2, true),
    /** LOC 2014 classification STFCNS. */
    STFCNS("STFCNS", 0, false),
    /** LOC 2014 classification TPADMN. */
    TPADMN("TPADMN", 0, false),
    /** Trainer. */
    TRAINR("Trainer", 0, false),
    /** LOC 2014 classification TRNDEV. */
    TRNDEV("TRNDEV", 0, false),
    /** LOC 2014 classification TRNFAG. */
    TRNFAG("TRNFAG", 0, false),
    /** Translator. */
    TRANSL("Translator", 0, false),
    /** Videographer. */
    VIDOGR("Videographer", 0, false);

    private static final Map<String, TimekeeperClassification> LEGACY = Map.of(
            "PT", PARTNR, "AS", ASSOC, "OC", OFCOUN, "LA", LGLAST, "PL", PARALG, "OT", NBOTHR);

    private final String label;
    private final int seniority;
    private final boolean lawyer;

    TimekeeperClassification(String label, int seniority, boolean lawyer) {
        this.label = label;
        this.seniority = seniority;
        this.lawyer = lawyer;
    }

    /**
     * Reads a six-letter code or a legacy two-letter code, ignoring case and surrounding blanks.
     *
     * @param code e.g. {@code "PARTNR"} or {@code "PT"}
     * @return the classification
     * @throws InvalidValueException when the code is neither
     */
    public static TimekeeperClassification fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("timekeeperClassification", code, "must not be blank");
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        TimekeeperClassification legacy = LEGACY.get(c);
        if (legacy != null) {
            return legacy;
        }
        try {
            return valueOf(c);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("timekeeperClassification", code,
                    "is not a LEDES timekeeper classification (e.g. PARTNR, ASSOC, PARALG or legacy PT, AS)");
        }
    }

    /**
     * @param code a code to test
     * @return true when {@link #fromCode(String)} accepts it
     */
    public static boolean isKnown(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (LEGACY.containsKey(c)) {
            return true;
        }
        for (TimekeeperClassification t : values()) {
            if (t.name().equals(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return the six-letter LEDES code, e.g. {@code PARTNR} */
    public String code() {
        return name();
    }

    /** @return a readable label, e.g. {@code Partner} */
    public String label() {
        return label;
    }

    /**
     * @return seniority for staffing checks: 5 partner, 4 of counsel, 3 associate, 2 other lawyers,
     *     1 paralegals and assistants, 0 everyone else
     */
    public int seniority() {
        return seniority;
    }

    /** @return true for classifications that are lawyers (partner, associate, of counsel, staff attorneys, …) */
    public boolean isLawyer() {
        return lawyer;
    }
}
