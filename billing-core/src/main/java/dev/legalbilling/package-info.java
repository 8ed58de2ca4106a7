/**
 * Root of the legal billing library: the error hierarchy shared by every package.
 *
 * <p>Every deliberate failure is a {@link dev.legalbilling.BillingException} with a stable code. Domain packages:
 * {@code money}, {@code party}, {@code work}, {@code utbms}, {@code rate}, {@code fee}, {@code invoice},
 * {@code ledes}, {@code trust}, {@code receivables}.
 */
package dev.legalbilling;
