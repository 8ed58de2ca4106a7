package dev.legalbilling.rules.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A division of the matter's fee with lawyers of other firms (ABA Model Rule 1.5(e), California Rule 1.5.1). At most
 * one per session: present when the matter's recorded fee agreement divides the fee.
 *
 * <pre>{@code
 * $d : FeeDivisionFact(clientConsentInWriting == false)
 * }</pre>
 *
 * @param matterId the matter
 * @param jurisdiction the matter's jurisdiction code
 * @param shares every firm's share as {@code "firm percent"}, e.g. {@code "Hale LLP 66.67%"}, in agreement order;
 *     firm names are not privileged; unmodifiable
 * @param proportionalToWork whether each share is proportional to the work the firm does
 * @param jointResponsibility whether each lawyer assumes joint responsibility for the representation
 * @param clientConsentInWriting whether the client confirmed the division and each share in writing
 * @param clientConsentOn the date of that written consent; null when there is none
 * @param lawyersAgreementInWriting whether the lawyers' own division agreement is in writing
 * @param totalFeeIncreased whether the division makes the total fee higher than it would be without it
 */
public record FeeDivisionFact(String matterId, String jurisdiction, List<String> shares, boolean proportionalToWork,
        boolean jointResponsibility, boolean clientConsentInWriting, LocalDate clientConsentOn,
        boolean lawyersAgreementInWriting, boolean totalFeeIncreased) {

    /** Checks that nothing required is null and copies the list. */
    public FeeDivisionFact {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        shares = List.copyOf(shares);
    }
}
