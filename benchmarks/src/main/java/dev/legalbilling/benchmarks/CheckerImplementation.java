package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.baseline.BaselineFinding;
import dev.legalbilling.benchmarks.baseline.GuidelineProfile;
import dev.legalbilling.benchmarks.baseline.HandCodedGuidelineChecks;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.invoice.Invoice;
import java.util.List;

/**
 * The implementations of the guideline checks the benchmarks can time, selected with JMH's {@code -p checker=…}.
 *
 * <p>{@link #HAND_CODED} is the yardstick; the Drools constants build billing-rules' {@link
 * dev.legalbilling.rules.RuleEngine} with the matching packs, once per {@link #create}, behind an adapter whose
 * {@link InvoiceChecker#toBaselineFinding} maps the engine's findings for the agreement test.
 */
public enum CheckerImplementation {
    /** The 25 rules written by hand in plain Java: the yardstick. */
    HAND_CODED {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            return new HandCoded(new HandCodedGuidelineChecks(profile));
        }
    },
    /** billing-rules' standard guideline pack, bundled (its executable model compiled at build time). */
    DROOLS {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            return DroolsChecker.bundled(profile, "guideline");
        }
    },
    /**
     * billing-rules' standard guideline pack plus the ethics pack, both bundled. The ethics rules get no ethics
     * context (other invoices, trust records), as a host checking invoices one by one would send them.
     */
    DROOLS_WITH_ETHICS {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            return DroolsChecker.bundled(profile, "guideline", "ethics");
        }
    },
    /** billing-rules' standard guideline pack compiled from its DRL files at run time (start-up comparison). */
    DROOLS_FROM_DRL {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            return DroolsChecker.fromDrl(profile);
        }
    };

    /**
     * Loads the implementation, ready to check invoices.
     *
     * @param profile the rule parameters
     * @return a checker to reuse for many invoices
     * @throws dev.legalbilling.rules.RuleSetLoadException when a pack cannot be loaded
     */
    public abstract InvoiceChecker<?> create(GuidelineProfile profile);

    /** @return true when {@link #create} builds a checker rather than throwing; every implementation is wired */
    public boolean isWired() {
        return true;
    }

    /** The hand-coded checks seen as an {@link InvoiceChecker}; their findings are already baseline findings. */
    private record HandCoded(HandCodedGuidelineChecks checks) implements InvoiceChecker<BaselineFinding> {
        @Override
        public List<BaselineFinding> check(Invoice invoice, MatterContext matter) {
            return checks.check(invoice, matter);
        }

        @Override
        public BaselineFinding toBaselineFinding(Invoice invoice, BaselineFinding finding) {
            return finding;
        }
    }
}
