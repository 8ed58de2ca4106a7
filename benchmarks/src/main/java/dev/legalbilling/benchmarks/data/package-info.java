/**
 * The benchmarks' data: generated workloads ({@link dev.legalbilling.benchmarks.data.Workloads}, built on
 * billing-testkit's invoice generator) and a small LEDES 1998B writer ({@link
 * dev.legalbilling.benchmarks.data.LedesWriter}) that turns them into files for the parsing benchmarks.
 */
package dev.legalbilling.benchmarks.data;
