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
 * <p>Only {@link #HAND_CODED} is wired so far. The Drools constants are the <b>phase 2 wiring points</b>: each
 * {@link #create} body is to build the billing-rules engine with the matching pack and return an adapter whose
 * {@link InvoiceChecker#toBaselineFinding} maps the engine's findings; until then they throw rather than produce
 * figures that are not the engine's. After wiring one, add its name to the {@code @Param} lists of the benchmarks
 * that should time it by default.
 */
public enum CheckerImplementation {
    /** The 25 rules written by hand in plain Java: the yardstick. */
    HAND_CODED {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            return new HandCoded(new HandCodedGuidelineChecks(profile));
        }
    },
    /** PHASE 2: billing-rules' standard guideline pack, bundled (compiled at build time). */
    DROOLS {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            throw notWired();
        }
    },
    /** PHASE 2: billing-rules' standard guideline pack plus the ethics pack, bundled. */
    DROOLS_WITH_ETHICS {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            throw notWired();
        }
    },
    /** PHASE 2: billing-rules' standard guideline pack compiled from its DRL files at run time (start-up). */
    DROOLS_FROM_DRL {
        @Override
        public InvoiceChecker<?> create(GuidelineProfile profile) {
            throw notWired();
        }
    };

    /**
     * Loads the implementation, ready to check invoices.
     *
     * @param profile the rule parameters
     * @return a checker to reuse for many invoices
     * @throws UnsupportedOperationException for an implementation that is not wired yet
     */
    public abstract InvoiceChecker<?> create(GuidelineProfile profile);

    /** @return true when {@link #create} builds a checker rather than throwing */
    public boolean isWired() {
        return this == HAND_CODED;
    }

    UnsupportedOperationException notWired() {
        return new UnsupportedOperationException(name() + " is not wired into the benchmarks yet (phase 2): "
                + "implement CheckerImplementation." + name() + ".create with the billing-rules engine; "
                + "see benchmarks/README.md");
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
