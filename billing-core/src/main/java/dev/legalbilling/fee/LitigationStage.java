package dev.legalbilling.fee;

/**
 * How far a contingent matter had gone when it was resolved: contingency agreements often charge a higher
 * percentage the later the recovery (ABA Model Rule 1.5(c) asks for the percentages for settlement, trial and
 * appeal). Declared in chronological order.
 */
public enum LitigationStage {
    /** Resolved before a complaint or arbitration demand was filed. */
    PRE_SUIT("pre-suit"),
    /** Resolved after filing, before trial. */
    POST_FILING("post-filing"),
    /** Resolved at or after trial. */
    TRIAL("trial"),
    /** Resolved on appeal. */
    APPEAL("appeal");

    private final String label;

    LitigationStage(String label) {
        this.label = label;
    }

    /** @return a lower-case label for explanations, e.g. {@code "post-filing"} */
    public String label() {
        return label;
    }
}
