package dev.legalbilling.receivables.collection;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table of fee-arbitration notice duties, one {@link FeeArbitrationRule} per jurisdiction scheme. All values are
 * configurable parameters: start from {@link #defaults()} and replace rows with {@link #with(FeeArbitrationRule)}.
 *
 * <p>Defaults (read against the sources on 2026-11; verify before relying on them):
 * <ul>
 *   <li>{@code NY-137}, US-NY, 22 NYCRR Part 137: civil matters with USD 1,000–50,000 in dispute (137.1(b)(2));
 *       where attorney and client cannot agree on the fee, or before the attorney sues for it, the attorney must
 *       serve a Notice of Client's Right to Arbitrate (137.6(a)(1)); the client has 30 days to elect arbitration,
 *       after which the attorney may sue (137.6(b)). So: notice before any collection step on a disputed fee, and
 *       30 days before a lawsuit.</li>
 *   <li>{@code CA-6201}, US-CA, Cal. Bus. &amp; Prof. Code §6201(a): the attorney must serve the State Bar's Notice
 *       of Client's Right to Fee Arbitration before or at the time of service of summons or claim in an action to
 *       recover fees; any amount (USD 0.01 upward), criminal matters not excluded. So: notice on or before a
 *       lawsuit.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rules the rows, ids unique; unmodifiable
 */
public record FeeArbitrationRules(List<FeeArbitrationRule> rules) {
    private static final FeeArbitrationRules DEFAULTS = new FeeArbitrationRules(List.of(
            new FeeArbitrationRule("NY-137", Jurisdiction.of("US-NY"),
                    "22 NYCRR Part 137 (137.1(b)(2), 137.6(a)(1), 137.6(b))", Money.of("1000.00", "USD"),
                    Money.of("50000.00", "USD"), true, true, EnumSet.of(CollectionActionType.LAWSUIT), 30),
            new FeeArbitrationRule("CA-6201", Jurisdiction.of("US-CA"), "Cal. Bus. & Prof. Code §6201(a)",
                    Money.of("0.01", "USD"), null, false, false, EnumSet.of(CollectionActionType.LAWSUIT), 0)));

    /**
     * Validates the table.
     *
     * @throws InvalidValueException when two rows share an id
     */
    public FeeArbitrationRules {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (FeeArbitrationRule r : rules) {
            if (!ids.add(r.id())) {
                throw new InvalidValueException("ruleId", r.id(), "is used by two fee-arbitration rules");
            }
        }
    }

    /** @return the New York Part 137 and California §6201 rows described above */
    public static FeeArbitrationRules defaults() {
        return DEFAULTS;
    }

    /**
     * @param id a row id
     * @return the row, if present
     */
    public Optional<FeeArbitrationRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * @param rule a row; replaces the row with the same id, or is appended
     * @return the new table
     */
    public FeeArbitrationRules with(FeeArbitrationRule rule) {
        List<FeeArbitrationRule> copy = new ArrayList<>();
        boolean replaced = false;
        for (FeeArbitrationRule r : rules) {
            if (r.id().equals(rule.id())) {
                copy.add(rule);
                replaced = true;
            } else {
                copy.add(r);
            }
        }
        if (!replaced) {
            copy.add(rule);
        }
        return new FeeArbitrationRules(copy);
    }

    /**
     * @param jurisdiction a jurisdiction
     * @return the rows for it
     */
    public List<FeeArbitrationRule> rulesFor(Jurisdiction jurisdiction) {
        return rules.stream().filter(r -> r.jurisdiction().equals(jurisdiction)).toList();
    }

    /**
     * @param action a collection step
     * @return the rows that require notice before it
     */
    public List<FeeArbitrationRule> applicableTo(CollectionAction action) {
        return rules.stream().filter(r -> r.appliesTo(action)).toList();
    }

    /**
     * @param action a collection step
     * @return the rows whose notice was not served in time for it (each a
     *     {@value CollectionAction#ARBITRATION_NOTICE_RULE_ID} finding for the rule pack)
     */
    public List<FeeArbitrationRule> missingNotices(CollectionAction action) {
        return rules.stream().filter(r -> r.noticeMissing(action)).toList();
    }
}
