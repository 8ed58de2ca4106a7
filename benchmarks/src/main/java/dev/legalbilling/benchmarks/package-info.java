/**
 * JMH benchmarks of the guideline checks and the LEDES reader against hand-written yardsticks, each pair timed on
 * the same data in the same run: {@link dev.legalbilling.benchmarks.ThroughputBenchmark},
 * {@link dev.legalbilling.benchmarks.ScalingBenchmark}, {@link dev.legalbilling.benchmarks.ParsingBenchmark},
 * {@link dev.legalbilling.benchmarks.StartupBenchmark} and {@link dev.legalbilling.benchmarks.LatencyBenchmark}.
 * What is timed is chosen by {@link dev.legalbilling.benchmarks.CheckerImplementation} and
 * {@link dev.legalbilling.benchmarks.ParserImplementation}, the wiring points for the Drools engine and the LEDES
 * reader. See {@code benchmarks/README.md} for how to run them and the latest results.
 */
package dev.legalbilling.benchmarks;
