/**
 * The standard guideline pack written by hand in plain Java ({@link
 * dev.legalbilling.benchmarks.baseline.HandCodedGuidelineChecks}): the speed yardstick for the Drools pack and the
 * oracle its findings must equal. Rule semantics follow {@code docs/guideline-pack-spec.md}; parameters and their
 * defaults are in {@link dev.legalbilling.benchmarks.baseline.GuidelineProfile}, the matter's code set, budget and
 * history in {@link dev.legalbilling.benchmarks.baseline.MatterContext}.
 */
package dev.legalbilling.benchmarks.baseline;
