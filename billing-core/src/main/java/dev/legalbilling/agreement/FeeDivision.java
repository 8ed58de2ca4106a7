package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Fraction;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A division of the fee between lawyers of different firms, and the facts ABA Model Rule 1.5(e) and California
 * Rule 1.5.1 ask about: the shares, whether the split is proportional to the work or each lawyer takes joint
 * responsibility, the client's written consent to each share, the written agreement between the lawyers, and
 * whether the division increased the total fee.
 *
 * <p>Only impossible values are rejected; a division the rules forbid (no written consent, say) can be
 * represented so that the ethics rules report it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shares every firm's share, including this firm's; at least two firms, distinct, adding up to exactly 100 %;
 *     unmodifiable
 * @param proportionalToWork whether each firm's share is proportional to the work it does
 * @param jointResponsibility whether each lawyer assumes joint responsibility for the representation
 * @param clientConsentInWritingOn the date the client confirmed, in writing, the division and each share; null
 *     when there is no written consent
 * @param lawyersAgreementInWriting whether the lawyers' own division agreement is in writing (California 1.5.1)
 * @param totalFeeIncreased whether the total fee is higher than it would be without the division
 */
public record FeeDivision(List<DivisionShare> shares, boolean proportionalToWork, boolean jointResponsibility,
        LocalDate clientConsentInWritingOn, boolean lawyersAgreementInWriting, boolean totalFeeIncreased) {

    /**
     * Validates the division.
     *
     * @throws InvalidValueException when fewer than two firms share, a firm appears twice, or the shares do not add
     *     up to exactly 100 %
     */
    public FeeDivision {
        Objects.requireNonNull(shares, "shares");
        shares = List.copyOf(shares);
        if (shares.size() < 2) {
            throw new InvalidValueException("shares", shares.size(), "must name at least two firms");
        }
        Set<String> firms = new HashSet<>();
        Fraction total = Fraction.ZERO;
        for (DivisionShare s : shares) {
            if (!firms.add(s.firm())) {
                throw new InvalidValueException("firm", s.firm(), "appears twice in the fee division");
            }
            total = total.plus(s.share());
        }
        if (!total.equals(Fraction.ONE)) {
            throw new InvalidValueException("shares", total.toPercentString(), "must add up to exactly 100%");
        }
    }

    /** @return true when the client's consent to the division and the shares is confirmed in writing */
    public boolean consentedInWriting() {
        return clientConsentInWritingOn != null;
    }

    /** @return the date of the client's written consent, if any */
    public Optional<LocalDate> clientConsentInWritingOnIfSet() {
        return Optional.ofNullable(clientConsentInWritingOn);
    }

    /**
     * @param firm a firm
     * @return its share, if it takes part
     */
    public Optional<Fraction> shareOf(String firm) {
        return shares.stream().filter(s -> s.firm().equals(firm)).map(DivisionShare::share).findFirst();
    }
}
