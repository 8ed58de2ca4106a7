/**
 * Root of the legal billing library: the error hierarchy shared by every package.
 *
 * <p>Every deliberate failure is a {@link dev.legalbilling.BillingException} with a stable code. Domain packages, in
 * the one direction they import each other (a package uses only packages on earlier lines; {@code PackageCyclesTest}
 * keeps it so):
 * <ol>
 *   <li>{@code money} (with the exact {@code Fraction} and tiered schedules), {@code utbms};</li>
 *   <li>{@code party} (clients, timekeepers, ids, jurisdictions);</li>
 *   <li>{@code contingency} (stages, basis, recoveries, statutory caps), {@code rate}, {@code work};</li>
 *   <li>{@code agreement} (fee agreements, interest terms), {@code invoice};</li>
 *   <li>{@code fee}, {@code ledes}, {@code trust};</li>
 *   <li>{@code matter} (the matter and invoice drafting);</li>
 *   <li>{@code receivables}, then its {@code aging}, {@code collection}, {@code interest}, {@code metrics} and
 *       {@code reminder} subpackages.</li>
 * </ol>
 */
package dev.legalbilling;
