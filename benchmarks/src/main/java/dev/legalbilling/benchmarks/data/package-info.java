/**
 * The benchmarks' data: generated workloads ({@link dev.legalbilling.benchmarks.data.Workloads}, built on
 * billing-testkit's invoice generator), written as LEDES 1998B files with billing-core's
 * {@link dev.legalbilling.ledes.LedesWriter} for the parsing and streaming benchmarks.
 */
package dev.legalbilling.benchmarks.data;
